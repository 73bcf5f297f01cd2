import type { I18n } from '@lingui/core';
import { useLingui } from '@lingui/react';
import { Anchor, Group, Loader, Paper, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

import type { ReportStuckQuery, StuckDevice } from '../../../../shared/contract/report-stuck';
import { Pager } from '../../../components/pager';
import { QueryError } from '../../../components/query-error';
import { Table } from '../../../components/table';
import { TableScroll } from '../../../components/table-scroll';
import { ZonedTime } from '../../../lib/time/zoned-time';
import { useStuckDevices } from '../api/stuck-queries';

/** "2 d 4 h" or "7 h 12 min": how long a device has shown its status. */
export function stuckFor(i18n: I18n, seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const hours = Math.floor(minutes / 60);
  const days = Math.floor(hours / 24);
  return days > 0
    ? i18n._({
        id: 'report.stuck.forDays',
        message: '{days} d {hours} h',
        values: { days, hours: hours % 24 },
      })
    : i18n._({
        id: 'report.stuck.forHours',
        message: '{hours} h {minutes} min',
        values: { hours, minutes: minutes % 60 },
      });
}

function statusOf(i18n: I18n, status: number): string {
  return status === 1
    ? i18n._({ id: 'report.status.waiting', message: 'Waiting for download' })
    : i18n._({ id: 'report.status.downloading', message: 'Downloading' });
}

function Row({ device }: { device: StuckDevice }) {
  const { i18n } = useLingui();
  return (
    <Table.Tr>
      <Table.Td>{device.deviceName ?? '—'}</Table.Td>
      <Table.Td ff="monospace">{device.terminalId}</Table.Td>
      <Table.Td>{statusOf(i18n, device.status)}</Table.Td>
      <Table.Td>{stuckFor(i18n, device.stuckSeconds)}</Table.Td>
      <Table.Td>
        <ZonedTime value={device.since} wrap />
      </Table.Td>
    </Table.Tr>
  );
}

/**
 * The devices behind the kiosk's "stuck" count: those whose newest record has been waiting or
 * downloading for longer than the link's threshold, by device name, longest stuck first.
 */
export function StuckDevices({
  query,
  syncedAt,
  onPage,
  allRecordsHref,
}: {
  query: ReportStuckQuery;
  /** The report's sync time: a new one reads the list again. */
  syncedAt: string | undefined;
  onPage: (page: number) => void;
  allRecordsHref: string;
}) {
  const { i18n } = useLingui();
  const stuck = useStuckDevices(query, syncedAt);
  const data = stuck.data?.state === 'ready' ? stuck.data : null;
  const hours = i18n.number(Number(query.stuckHours));
  const pages = data ? Math.ceil(data.total / data.pageSize) : 0;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="stuck-devices-title">
      <Group justify="space-between" align="baseline" mb="xs">
        <Title order={2} size="h3" id="stuck-devices-title">
          {i18n._({ id: 'report.stuck.title', message: 'Stuck devices' })}
        </Title>
        <Anchor component={Link} to={allRecordsHref} size="sm">
          {i18n._({ id: 'report.stuck.allRecords', message: 'Show all records' })}
        </Anchor>
      </Group>
      {stuck.isError && <QueryError error={stuck.error} onRetry={() => void stuck.refetch()} />}
      {!data && !stuck.isError && (
        <Loader
          size="sm"
          aria-label={i18n._({ id: 'report.stuck.loading', message: 'Loading stuck devices' })}
        />
      )}
      {data && (
        <>
          <Text mb="sm">
            {i18n._({
              id: 'report.stuck.summary',
              message:
                '{count, plural, one {# device has} other {# devices have}} been waiting for download or downloading for longer than {hours} h (newest record, unchanged since).',
              values: { count: data.total, hours },
            })}
          </Text>
          {data.total > 0 && (
            <TableScroll minWidth={720}>
              <Table
                striped
                aria-label={i18n._({ id: 'report.stuck.table', message: 'Stuck devices' })}
              >
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>
                      {i18n._({ id: 'report.stuck.deviceName', message: 'Device name' })}
                    </Table.Th>
                    <Table.Th>
                      {i18n._({ id: 'report.stuck.terminalId', message: 'Terminal id' })}
                    </Table.Th>
                    <Table.Th>{i18n._({ id: 'report.stuck.status', message: 'Status' })}</Table.Th>
                    <Table.Th>{i18n._({ id: 'report.stuck.for', message: 'Stuck for' })}</Table.Th>
                    <Table.Th>{i18n._({ id: 'report.stuck.since', message: 'Since' })}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((device) => (
                    <Row key={device.terminalId} device={device} />
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
          )}
          {pages > 1 && (
            <Group justify="flex-end" mt="sm">
              <Pager total={pages} value={data.page} onChange={onPage} namePages />
            </Group>
          )}
        </>
      )}
    </Paper>
  );
}
