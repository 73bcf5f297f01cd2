import { useLingui } from '@lingui/react';
import { Text } from '@mantine/core';

import type { DirectoryEntry } from '../../../../shared/contract/directory';
import { Table } from '../../../components/table';
import { TableScroll } from '../../../components/table-scroll';
import { useFormatTime } from '../../../lib/time/use-time-zone';

/** One page of device ↔ terminal entries. */
export function DirectoryTable({ items }: { items: DirectoryEntry[] }) {
  const { i18n } = useLingui();
  const formatTime = useFormatTime();
  return (
    <TableScroll minWidth={800}>
      <Table striped aria-label={i18n._({ id: 'directory.title', message: 'Devices directory' })}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>
              {i18n._({ id: 'directory.col.deviceName', message: 'Device name' })}
            </Table.Th>
            <Table.Th>{i18n._({ id: 'directory.col.productKey', message: 'ProductKey' })}</Table.Th>
            <Table.Th>
              {i18n._({ id: 'directory.col.terminalId', message: 'Terminal id' })}
            </Table.Th>
            <Table.Th>
              {i18n._({ id: 'directory.col.terminalNum', message: 'Device number' })}
            </Table.Th>
            <Table.Th>{i18n._({ id: 'directory.col.imported', message: 'Imported' })}</Table.Th>
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
                  {i18n._({
                    id: 'directory.importedBy',
                    message: '{time} by {user}',
                    values: { time: formatTime(entry.updatedAt), user: entry.updatedBy },
                  })}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
