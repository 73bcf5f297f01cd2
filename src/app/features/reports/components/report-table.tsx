import { Code, Group, Pagination, Table, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconSelector } from '@tabler/icons-react';
import dayjs from 'dayjs';

import type { ReportReady, ReportRow, ReportSort } from '../../../../shared/contract/reports';
import { reportStatusMeta, reportStatusName } from '../../../../shared/report/statuses';
import { formatUtc } from '../../../lib/format';
import classes from './report-table.module.css';

const COLUMNS: Array<{ sort: ReportSort; label: string }> = [
  { sort: 'device', label: 'Terminal id' },
  { sort: 'deviceNumber', label: 'Device number' },
  { sort: 'status', label: 'Status' },
  { sort: 'version', label: 'Version' },
  { sort: 'url', label: 'URL' },
  { sort: 'protocol', label: 'Protocol' },
  { sort: 'mode', label: 'Mode' },
  { sort: 'sendTime', label: 'Send time' },
  { sort: 'updateTime', label: 'Last update' },
];

interface ReportTableProps {
  rows: ReportReady['rows'];
  sort: ReportSort;
  order: 'asc' | 'desc';
  onSort: (sort: ReportSort, order: 'asc' | 'desc') => void;
  onPage: (page: number) => void;
}

function Time({ iso }: { iso: string | null }) {
  if (!iso) return <span>—</span>;
  const time = dayjs(iso);
  // Date and time each stay whole; the column may put them on two lines.
  return (
    <span title={formatUtc(iso)}>
      <span className={classes.nowrap}>{time.format('YYYY-MM-DD')}</span>{' '}
      <span className={classes.nowrap}>{time.format('HH:mm:ss')}</span>
    </span>
  );
}

function Row({ row }: { row: ReportRow }) {
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
          <Text size="sm" component="span">
            {reportStatusName(row.status)}
          </Text>
        </Group>
      </Table.Td>
      {row.upgradeInfoRaw !== null ? (
        <Table.Td colSpan={4}>
          <Text size="xs" component="span" mr={6}>
            Unreadable upgrade info:
          </Text>
          <Code className={classes.raw}>
            {row.upgradeInfoRaw === '' ? '(empty)' : row.upgradeInfoRaw}
          </Code>
        </Table.Td>
      ) : (
        <>
          <Table.Td>{row.version ?? '—'}</Table.Td>
          <Table.Td className={classes.url}>{row.url ?? '—'}</Table.Td>
          <Table.Td>{row.protocol ?? '—'}</Table.Td>
          <Table.Td>{row.mode ?? '—'}</Table.Td>
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

/** One server page of report records; headers sort on the server. */
export function ReportTable({ rows, sort, order, onSort, onPage }: ReportTableProps) {
  const pages = rows.pageSize > 0 ? Math.ceil(rows.total / rows.pageSize) : 1;
  return (
    <>
      {/* Columns wrap before anything scrolls: at 1440 px the whole table fits. */}
      <div className={classes.scroller}>
        <Table striped highlightOnHover aria-label="Report records">
          <Table.Thead>
            <Table.Tr>
              {/* From the device directory: not a report field, so not sortable. */}
              <Table.Th>Device name</Table.Th>
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
                        {column.label}
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
            ? 'No records'
            : `Records ${(rows.page - 1) * rows.pageSize + 1}–${Math.min(rows.page * rows.pageSize, rows.total)} of ${rows.total.toLocaleString()}`}
        </Text>
        {pages > 1 && (
          <Pagination
            total={pages}
            value={rows.page}
            onChange={onPage}
            getControlProps={(control) => ({ 'aria-label': `${control} page` })}
          />
        )}
      </Group>
    </>
  );
}
