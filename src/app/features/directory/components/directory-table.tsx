import { Table, Text } from '@mantine/core';

import type { DirectoryEntry } from '../../../../shared/contract/directory';
import { formatUtc } from '../../../lib/format';

/** One page of device ↔ terminal entries. */
export function DirectoryTable({ items }: { items: DirectoryEntry[] }) {
  return (
    <Table.ScrollContainer minWidth={800}>
      <Table striped aria-label="Devices directory">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Device name</Table.Th>
            <Table.Th>ProductKey</Table.Th>
            <Table.Th>Terminal id</Table.Th>
            <Table.Th>Device number</Table.Th>
            <Table.Th>Imported</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((entry) => (
            <Table.Tr key={`${entry.productKey}/${entry.deviceName}`}>
              <Table.Td>{entry.deviceName}</Table.Td>
              <Table.Td>{entry.productKey}</Table.Td>
              <Table.Td ff="monospace">{entry.terminalId}</Table.Td>
              <Table.Td>{entry.terminalNum ?? '—'}</Table.Td>
              <Table.Td>
                <Text size="sm">
                  {formatUtc(entry.updatedAt)} by {entry.updatedBy}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
