import { Badge, Code, Table, Text } from '@mantine/core';

import type { AuditEvent } from '../../../../shared/contract/audit';
import { formatLocal } from '../../../lib/format';

const OUTCOME_COLOR = { success: 'teal.9', failure: 'red.9', denied: 'orange.9' } as const;

export function AuditTable({ events }: { events: AuditEvent[] }) {
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped verticalSpacing="xs" aria-label="Audit trail">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>When</Table.Th>
            <Table.Th>User</Table.Th>
            <Table.Th>Action</Table.Th>
            <Table.Th>Parameters</Table.Th>
            <Table.Th>Outcome</Table.Th>
            <Table.Th>Upstream RequestId</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.map((event) => (
            <Table.Tr key={event.id}>
              <Table.Td>
                <Text size="sm">{formatLocal(event.at)}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  {event.username}{' '}
                  <Text span size="xs">
                    ({event.role})
                  </Text>
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" fw={600}>
                  {event.action}
                </Text>
              </Table.Td>
              <Table.Td maw={320}>
                <Code block fz="xs">
                  {JSON.stringify(event.parameters)}
                </Code>
              </Table.Td>
              <Table.Td>
                <Badge color={OUTCOME_COLOR[event.outcome]} variant="filled">
                  {event.outcome}
                </Badge>
                <Text size="xs">
                  HTTP {event.statusCode}
                  {event.errorCode ? ` · ${event.errorCode}` : ''}
                </Text>
              </Table.Td>
              <Table.Td>
                {event.upstreamRequestIds.map((id) => (
                  <Code key={id} fz="xs" display="block">
                    {id}
                  </Code>
                ))}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
