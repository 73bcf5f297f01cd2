import { Badge, Group, Table, Text } from '@mantine/core';

import type { OtaModule } from '../../../../shared/contract/ota-modules';
import { formatLocal, formatUtc } from '../../../lib/format';

export function OtaModuleTable({ modules }: { modules: OtaModule[] }) {
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped highlightOnHover verticalSpacing="sm" aria-label="OTA modules">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Module name</Table.Th>
            <Table.Th>Alias</Table.Th>
            <Table.Th>Description</Table.Th>
            <Table.Th>Created</Table.Th>
            <Table.Th>Modified</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {modules.map((module) => (
            <Table.Tr key={module.moduleName}>
              <Table.Td>
                <Group gap="xs">
                  <Text ff="monospace" size="sm">
                    {module.moduleName}
                  </Text>
                  {module.isDefault && (
                    <Badge size="sm" variant="light" color="gray">
                      default
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>{module.aliasName}</Table.Td>
              <Table.Td>{module.desc}</Table.Td>
              <Table.Td title={formatUtc(module.gmtCreate)}>{formatLocal(module.gmtCreate)}</Table.Td>
              <Table.Td title={formatUtc(module.gmtModified)}>{formatLocal(module.gmtModified)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
