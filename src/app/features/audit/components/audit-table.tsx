import { useLingui } from '@lingui/react';
import { Badge, Code, Text } from '@mantine/core';

import type { AuditEvent } from '../../../../shared/contract/audit';
import type { Role } from '../../../../shared/contract/auth';
import { Table } from '../../../components/table';
import { TableScroll } from '../../../components/table-scroll';
import { allOf } from '../../../lib/all-of';
import { useFormatTime } from '../../../lib/time/use-time-zone';
import { ZonedTime } from '../../../lib/time/zoned-time';
import { roleName } from '../../auth/lib/role-name';
import { actionLabel, outcomeLabel } from '../utils/action-labels';
import classes from './audit-table.module.css';

const ROLES: readonly string[] = allOf<Role>()(['manager', 'viewer', 'kiosk']);
const isRole = (role: string): role is Role => ROLES.includes(role);

const OUTCOME_COLOR = { success: 'teal.9', failure: 'red.9', denied: 'orange.9' } as const;

export function AuditTable({ events }: { events: AuditEvent[] }) {
  const { i18n } = useLingui();
  const formatTime = useFormatTime();
  return (
    <TableScroll minWidth={900}>
      <Table
        striped
        verticalSpacing="xs"
        aria-label={i18n._({ id: 'audit.title', message: 'Audit trail' })}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{i18n._({ id: 'audit.col.when', message: 'When' })}</Table.Th>
            <Table.Th>{i18n._({ id: 'audit.col.user', message: 'User' })}</Table.Th>
            <Table.Th>{i18n._({ id: 'audit.col.action', message: 'Action' })}</Table.Th>
            <Table.Th>{i18n._({ id: 'audit.col.parameters', message: 'Parameters' })}</Table.Th>
            <Table.Th>{i18n._({ id: 'audit.col.outcome', message: 'Outcome' })}</Table.Th>
            <Table.Th>
              {i18n._({ id: 'audit.col.requestIds', message: 'Upstream RequestId' })}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.map((event) => (
            <Table.Tr key={event.id}>
              <Table.Td>
                {/* To the second, in the zone the user chose, naming it. */}
                <Text size="sm" className={classes.when}>
                  <ZonedTime value={event.at} />
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  {event.username}{' '}
                  <Text span size="xs">
                    ({isRole(event.role) ? roleName(i18n, event.role) : event.role})
                  </Text>
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" fw={600}>
                  {actionLabel(i18n, event.action)}
                </Text>
                <Text size="xs">{event.action}</Text>
              </Table.Td>
              <Table.Td className={classes.parametersCell}>
                {/* Long parameters wrap, and scroll inside their box; Tab reaches the box. */}
                <Code
                  block
                  fz="xs"
                  className={classes.parameters}
                  tabIndex={0}
                  aria-label={i18n._({
                    id: 'audit.table.parametersOf',
                    message: 'Parameters of {action} at {when}',
                    values: {
                      action: actionLabel(i18n, event.action),
                      when: formatTime(event.at),
                    },
                  })}
                >
                  {JSON.stringify(event.parameters)}
                </Code>
              </Table.Td>
              <Table.Td>
                <Badge color={OUTCOME_COLOR[event.outcome]} variant="filled" miw="max-content">
                  {outcomeLabel(i18n, event.outcome)}
                </Badge>
                <Text size="xs">
                  {i18n._({
                    id: 'audit.http',
                    message: 'HTTP {status}',
                    values: { status: event.statusCode },
                  })}
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
    </TableScroll>
  );
}
