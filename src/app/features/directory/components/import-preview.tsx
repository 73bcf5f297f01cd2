import type { MessageDescriptor } from '@lingui/core';
import { useLingui } from '@lingui/react';
import { Badge, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

import {
  type DirectoryImportResult,
  IMPORT_SAMPLE_ROWS,
} from '../../../../shared/contract/directory';
import { Table } from '../../../components/table';
import { refusalReason } from '../utils/refusal-words';

const COUNTS: Array<{
  key: 'added' | 'changed' | 'unchanged' | 'refused';
  color: string;
  words: MessageDescriptor;
}> = [
  {
    key: 'added',
    color: 'green',
    words: /*i18n*/ { id: 'directory.toAdd', message: '{count, number} to add' },
  },
  {
    key: 'changed',
    color: 'blue',
    words: /*i18n*/ { id: 'directory.toChange', message: '{count, number} to change' },
  },
  {
    key: 'unchanged',
    color: 'gray',
    words: /*i18n*/ { id: 'directory.unchanged', message: '{count, number} unchanged' },
  },
  {
    key: 'refused',
    color: 'red',
    words: /*i18n*/ { id: 'directory.refused', message: '{count, number} refused' },
  },
];

interface SampleColumn<T> {
  header: string;
  cell: (row: T) => ReactNode;
  mono?: boolean;
}

/** One kind of preview row (refused, changed, new) under its heading; nothing when there is none. */
function SampleTable<T extends { line: number }>({
  title,
  rows,
  columns,
}: {
  title: string;
  rows: T[];
  columns: Array<SampleColumn<T>>;
}) {
  const { i18n } = useLingui();
  if (rows.length === 0) return null;
  const all: Array<SampleColumn<T>> = [
    { header: i18n._({ id: 'directory.col.line', message: 'Line' }), cell: (r) => r.line },
    ...columns,
  ];
  return (
    <>
      <Title order={3} size="h5">
        {title}
      </Title>
      <Table aria-label={title}>
        <Table.Thead>
          <Table.Tr>
            {all.map((c) => (
              <Table.Th key={c.header}>{c.header}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.line}>
              {all.map((c) => (
                <Table.Td key={c.header} ff={c.mono ? 'monospace' : undefined}>
                  {c.cell(row)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
}

/** What an import would do (or did): full counts, then the first rows of each kind. */
export function ImportPreview({ result }: { result: DirectoryImportResult }) {
  const { samples } = result;
  const { i18n } = useLingui();
  const device = {
    header: i18n._({ id: 'directory.col.device', message: 'Device' }),
    cell: (r: { productKey: string; deviceName: string }) => `${r.productKey}/${r.deviceName}`,
  };
  return (
    <Stack gap="sm">
      <Group gap="xs" aria-label={i18n._({ id: 'directory.counts', message: 'Import counts' })}>
        {COUNTS.map(({ key, color, words }) => (
          <Badge key={key} variant="light" color={color}>
            {i18n._(words.id, { count: result[key] }, { message: words.message })}
          </Badge>
        ))}
      </Group>
      <SampleTable
        title={i18n._({ id: 'directory.refusedLines', message: 'Refused lines' })}
        rows={samples.refused}
        columns={[
          {
            header: i18n._({ id: 'directory.col.reason', message: 'Reason' }),
            cell: (r) => refusalReason(i18n, r),
          },
          {
            header: i18n._({ id: 'directory.col.text', message: 'Text' }),
            cell: (r) => r.text,
            mono: true,
          },
        ]}
      />
      <SampleTable
        title={i18n._({ id: 'directory.changedDevices', message: 'Changed devices' })}
        rows={samples.changed}
        columns={[
          device,
          {
            header: i18n._({ id: 'directory.col.terminalNow', message: 'Terminal id now' }),
            cell: (r) => r.before.terminalId,
            mono: true,
          },
          {
            header: i18n._({ id: 'directory.col.terminalNew', message: 'New terminal id' }),
            cell: (r) => r.terminalId,
            mono: true,
          },
        ]}
      />
      <SampleTable
        title={i18n._({ id: 'directory.newDevices', message: 'New devices' })}
        rows={samples.added}
        columns={[
          device,
          {
            header: i18n._({ id: 'directory.col.terminalId', message: 'Terminal id' }),
            cell: (r) => r.terminalId,
            mono: true,
          },
        ]}
      />
      {(result.added > samples.added.length ||
        result.changed > samples.changed.length ||
        result.refused > samples.refused.length) && (
        <Text size="sm">
          {i18n._({
            id: 'directory.sampleNote',
            message:
              'The lists show the first {max, number} of each kind; the counts are complete.',
            values: { max: IMPORT_SAMPLE_ROWS },
          })}
        </Text>
      )}
    </Stack>
  );
}
