import { ScrollArea, Table } from '@mantine/core';
import type { ReactNode } from 'react';

interface DeviceOutcomeTableProps<T extends { deviceName: string }> {
  label: string;
  /** The three column headers: device, its state, what it means. */
  headers: [string, string, string];
  rows: T[];
  maxHeight: number;
  state: (row: T) => ReactNode;
  detail: (row: T) => ReactNode;
}

/** One row per device, as the cancel dialog shows a preview and then its outcome. */
export function DeviceOutcomeTable<T extends { deviceName: string }>({
  label,
  headers,
  rows,
  maxHeight,
  state,
  detail,
}: DeviceOutcomeTableProps<T>) {
  return (
    <ScrollArea.Autosize mah={maxHeight} type="auto">
      <Table verticalSpacing={4} aria-label={label} stickyHeader>
        <Table.Thead>
          <Table.Tr>
            {headers.map((header) => (
              <Table.Th key={header}>{header}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.deviceName}>
              <Table.Td ff="monospace" fz="sm">
                {row.deviceName}
              </Table.Td>
              <Table.Td>{state(row)}</Table.Td>
              <Table.Td fz="sm">{detail(row)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  );
}
