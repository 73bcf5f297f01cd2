import type { MessageDescriptor } from '@lingui/core';
import { useLingui } from '@lingui/react';
import { Code, Group, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconSelector } from '@tabler/icons-react';
import { memo } from 'react';

import type { ReportReady, ReportRow, ReportSort } from '../../../../shared/contract/reports';
import { reportStatusMeta } from '../../../../shared/report/statuses';
import { Pager } from '../../../components/pager';
import { Table } from '../../../components/table';
import { ZonedTime } from '../../../lib/time/zoned-time';
import { modeLabel, reportStatusLabel } from '../utils/report-words';
import classes from './report-table.module.css';

const COLUMNS: Array<{ sort: ReportSort; label: MessageDescriptor }> = [
  { sort: 'device', label: /*i18n*/ { id: 'report.col.terminalId', message: 'Terminal id' } },
  {
    sort: 'deviceNumber',
    label: /*i18n*/ { id: 'report.col.deviceNumber', message: 'Device number' },
  },
  { sort: 'status', label: /*i18n*/ { id: 'report.col.status', message: 'Status' } },
  { sort: 'version', label: /*i18n*/ { id: 'report.col.version', message: 'Version' } },
  { sort: 'url', label: /*i18n*/ { id: 'report.col.url', message: 'URL' } },
  { sort: 'protocol', label: /*i18n*/ { id: 'report.col.protocol', message: 'Protocol' } },
  { sort: 'mode', label: /*i18n*/ { id: 'report.col.mode', message: 'Mode' } },
  { sort: 'sendTime', label: /*i18n*/ { id: 'report.col.sendTime', message: 'Send time' } },
  { sort: 'updateTime', label: /*i18n*/ { id: 'report.col.updateTime', message: 'Last update' } },
];

interface ReportTableProps {
  rows: ReportReady['rows'];
  sort: ReportSort;
  order: 'asc' | 'desc';
  onSort: (sort: ReportSort, order: 'asc' | 'desc') => void;
  onPage: (page: number) => void;
}

// Date, clock and zone each stay whole; the column may put them on separate lines.
const Time = ({ iso }: { iso: string | null }) => <ZonedTime value={iso} wrap />;

function Row({ row }: { row: ReportRow }) {
  const { i18n } = useLingui();
  const meta = reportStatusMeta(row.status);
  return (
    <Table.Tr>
      <Table.Td className={classes.nowrap}>{row.deviceName ?? '—'}</Table.Td>
      <Table.Td className={classes.mono}>{row.terminalId}</Table.Td>
      <Table.Td>{row.terminalNum}</Table.Td>
      <Table.Td>
        <Group gap={6} wrap="nowrap">
          <span
            className={classes.swatch}
            style={{ backgroundColor: meta?.color ?? 'gray' }}
            aria-hidden
          />
          <Text size="sm" component="span" className={classes.status}>
            {reportStatusLabel(i18n, row.status)}
          </Text>
        </Group>
      </Table.Td>
      {row.upgradeInfoRaw !== null ? (
        <Table.Td colSpan={4}>
          <Text size="xs" component="span" mr={6}>
            {i18n._({ id: 'report.unreadableInfo', message: 'Unreadable upgrade info:' })}
          </Text>
          <Code className={classes.raw}>
            {row.upgradeInfoRaw === ''
              ? i18n._({ id: 'report.emptyInfo', message: '(empty)' })
              : row.upgradeInfoRaw}
          </Code>
        </Table.Td>
      ) : (
        <>
          <Table.Td>{row.version ?? '—'}</Table.Td>
          <Table.Td className={classes.url}>{row.url ?? '—'}</Table.Td>
          <Table.Td>{row.protocol ?? '—'}</Table.Td>
          <Table.Td>{modeLabel(i18n, row.mode)}</Table.Td>
        </>
      )}
      <Table.Td>
        <Time iso={row.sendTime} />
      </Table.Td>
      <Table.Td>
        <Time iso={row.updateTime} />
      </Table.Td>
    </Table.Tr>
  );
}

/**
 * One server page of report records; headers sort on the server. Memoised (give it stable
 * handlers): fresh figures that leave the page of records as it was do not draw it again.
 */
export const ReportTable = memo(function ReportTable({
  rows,
  sort,
  order,
  onSort,
  onPage,
}: ReportTableProps) {
  const { i18n } = useLingui();
  const pages = rows.pageSize > 0 ? Math.ceil(rows.total / rows.pageSize) : 1;
  return (
    <>
      {/* Columns wrap before anything scrolls: at 1440 px the whole table fits. */}
      <div className={classes.scroller}>
        <Table
          className={classes.table}
          striped
          highlightOnHover
          aria-label={i18n._({ id: 'report.records', message: 'Report records' })}
        >
          <Table.Thead>
            <Table.Tr>
              {/* From the device directory: not a report field, so not sortable. */}
              <Table.Th>{i18n._({ id: 'report.col.deviceName', message: 'Device name' })}</Table.Th>
              {COLUMNS.map((column) => {
                const active = column.sort === sort;
                const Icon = active
                  ? order === 'asc'
                    ? IconChevronUp
                    : IconChevronDown
                  : IconSelector;
                return (
                  <Table.Th
                    key={column.sort}
                    aria-sort={active ? (order === 'asc' ? 'ascending' : 'descending') : 'none'}
                  >
                    <UnstyledButton
                      className={classes.sort}
                      onClick={() =>
                        onSort(column.sort, active && order === 'asc' ? 'desc' : 'asc')
                      }
                    >
                      <Group gap={4} wrap="nowrap">
                        {i18n._(column.label)}
                        <Icon size={14} aria-hidden />
                      </Group>
                    </UnstyledButton>
                  </Table.Th>
                );
              })}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.items.map((row, i) => (
              <Row key={`${row.terminalId}-${row.sendTime}-${i}`} row={row} />
            ))}
          </Table.Tbody>
        </Table>
      </div>
      <Group justify="space-between" mt="sm">
        <Text size="sm">
          {rows.total === 0
            ? i18n._({ id: 'report.noRecords', message: 'No records' })
            : i18n._({
                id: 'report.recordsRange',
                message: 'Records {first, number}–{last, number} of {total, number}',
                values: {
                  first: (rows.page - 1) * rows.pageSize + 1,
                  last: Math.min(rows.page * rows.pageSize, rows.total),
                  total: rows.total,
                },
              })}
        </Text>
        {pages > 1 && <Pager total={pages} value={rows.page} onChange={onPage} />}
      </Group>
    </>
  );
});
