import { Trans, useLingui } from '@lingui/react';
import { Alert, Badge, Button, FileInput, Group, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileUpload } from '@tabler/icons-react';
import { useState } from 'react';

import {
  type DirectoryImportResult,
  IMPORT_SAMPLE_ROWS,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_ROWS,
} from '../../../../shared/contract/directory';
import { QueryError } from '../../../components/query-error';
import { useImportDirectory, usePreviewImport } from '../api/import-directory';
import { refusalReason } from '../utils/refusal-words';

function Preview({ result }: { result: DirectoryImportResult }) {
  const { samples } = result;
  const { i18n } = useLingui();
  const line = i18n._({ id: 'directory.col.line', message: 'Line' });
  const device = i18n._({ id: 'directory.col.device', message: 'Device' });
  return (
    <Stack gap="sm">
      <Group gap="xs" aria-label={i18n._({ id: 'directory.counts', message: 'Import counts' })}>
        <Badge variant="light" color="green">
          {i18n._({
            id: 'directory.toAdd',
            message: '{count, number} to add',
            values: { count: result.added },
          })}
        </Badge>
        <Badge variant="light" color="blue">
          {i18n._({
            id: 'directory.toChange',
            message: '{count, number} to change',
            values: { count: result.changed },
          })}
        </Badge>
        <Badge variant="light" color="gray">
          {i18n._({
            id: 'directory.unchanged',
            message: '{count, number} unchanged',
            values: { count: result.unchanged },
          })}
        </Badge>
        <Badge variant="light" color="red">
          {i18n._({
            id: 'directory.refused',
            message: '{count, number} refused',
            values: { count: result.refused },
          })}
        </Badge>
      </Group>
      {samples.refused.length > 0 && (
        <>
          <Title order={3} size="h5">
            {i18n._({ id: 'directory.refusedLines', message: 'Refused lines' })}
          </Title>
          <Table aria-label={i18n._({ id: 'directory.refusedLines', message: 'Refused lines' })}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{line}</Table.Th>
                <Table.Th>{i18n._({ id: 'directory.col.reason', message: 'Reason' })}</Table.Th>
                <Table.Th>{i18n._({ id: 'directory.col.text', message: 'Text' })}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {samples.refused.map((r) => (
                <Table.Tr key={r.line}>
                  <Table.Td>{r.line}</Table.Td>
                  <Table.Td>{refusalReason(i18n, r)}</Table.Td>
                  <Table.Td ff="monospace">{r.text}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
      {samples.changed.length > 0 && (
        <>
          <Title order={3} size="h5">
            {i18n._({ id: 'directory.changedDevices', message: 'Changed devices' })}
          </Title>
          <Table
            aria-label={i18n._({ id: 'directory.changedDevices', message: 'Changed devices' })}
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{line}</Table.Th>
                <Table.Th>{device}</Table.Th>
                <Table.Th>
                  {i18n._({ id: 'directory.col.terminalNow', message: 'Terminal id now' })}
                </Table.Th>
                <Table.Th>
                  {i18n._({ id: 'directory.col.terminalNew', message: 'New terminal id' })}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {samples.changed.map((r) => (
                <Table.Tr key={r.line}>
                  <Table.Td>{r.line}</Table.Td>
                  <Table.Td>
                    {r.productKey}/{r.deviceName}
                  </Table.Td>
                  <Table.Td ff="monospace">{r.before.terminalId}</Table.Td>
                  <Table.Td ff="monospace">{r.terminalId}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
      {samples.added.length > 0 && (
        <>
          <Title order={3} size="h5">
            {i18n._({ id: 'directory.newDevices', message: 'New devices' })}
          </Title>
          <Table aria-label={i18n._({ id: 'directory.newDevices', message: 'New devices' })}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{line}</Table.Th>
                <Table.Th>{device}</Table.Th>
                <Table.Th>
                  {i18n._({ id: 'directory.col.terminalId', message: 'Terminal id' })}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {samples.added.map((r) => (
                <Table.Tr key={r.line}>
                  <Table.Td>{r.line}</Table.Td>
                  <Table.Td>
                    {r.productKey}/{r.deviceName}
                  </Table.Td>
                  <Table.Td ff="monospace">{r.terminalId}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
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

/** Managers: choose a CSV, see what it would do (a dry run), then import it. */
export function DirectoryImport() {
  const { i18n } = useLingui();
  const [file, setFile] = useState<File | null>(null);
  const [csv, setCsv] = useState<string | null>(null);
  const [tooLarge, setTooLarge] = useState(false);
  const preview = usePreviewImport();
  const importer = useImportDirectory();

  const choose = async (next: File | null) => {
    setFile(next);
    setCsv(null);
    preview.reset();
    importer.reset();
    setTooLarge(Boolean(next && next.size > MAX_IMPORT_BYTES));
    if (!next || next.size > MAX_IMPORT_BYTES) return;
    const text = await next.text();
    setCsv(text);
    preview.mutate({ csv: text, fileName: next.name });
  };

  const apply = () => {
    if (!csv || !file) return;
    importer.mutate(
      { csv, fileName: file.name },
      {
        onSuccess: (result) => {
          notifications.show({
            color: 'green',
            message: i18n._({
              id: 'directory.imported',
              message:
                'Imported {file}: {added, number} added, {changed, number} changed, {refused, number} refused',
              values: {
                file: file.name,
                added: result.added,
                changed: result.changed,
                refused: result.refused,
              },
            }),
          });
          setFile(null);
          setCsv(null);
          preview.reset();
        },
      },
    );
  };

  const result = preview.data;
  const writable = result ? result.added + result.changed : 0;
  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        {i18n._({ id: 'directory.import', message: 'Import' })}
      </Title>
      <Text size="sm">
        <Trans
          id="directory.importHelp"
          message="A CSV file with the columns <0>deviceName,productKey,terminalId[,terminalNum]</0> (a header line is optional), at most {mb} MB and {rows, number} rows. You see what it would change before anything is written."
          values={{ mb: MAX_IMPORT_BYTES / 1024 / 1024, rows: MAX_IMPORT_ROWS }}
          components={{ 0: <code /> }}
        />
      </Text>
      <FileInput
        label={i18n._({ id: 'directory.file', message: 'CSV file' })}
        placeholder={i18n._({ id: 'directory.chooseFile', message: 'Choose a file' })}
        accept=".csv,text/csv,text/plain"
        leftSection={<IconFileUpload size={16} aria-hidden />}
        value={file}
        onChange={(next) => void choose(next)}
        clearable
        clearButtonProps={{
          'aria-label': i18n._({ id: 'directory.clearFile', message: 'Clear the file' }),
        }}
        error={
          tooLarge
            ? i18n._({
                id: 'directory.tooLarge',
                message: 'The file is larger than {mb} MB: split it',
                values: { mb: MAX_IMPORT_BYTES / 1024 / 1024 },
              })
            : undefined
        }
      />
      {preview.isPending && (
        <Text size="sm">{i18n._({ id: 'directory.reading', message: 'Reading the file…' })}</Text>
      )}
      {preview.isError && <QueryError error={preview.error} />}
      {result && <Preview result={result} />}
      {importer.isError && <QueryError error={importer.error} />}
      {result && (
        <Group>
          <Button onClick={apply} loading={importer.isPending} disabled={writable === 0}>
            {writable === 0
              ? i18n._({ id: 'directory.nothing', message: 'Nothing to import' })
              : i18n._({
                  id: 'directory.importRows',
                  message: '{count, plural, one {Import # row} other {Import # rows}}',
                  values: { count: writable },
                })}
          </Button>
          {result.refused > 0 && writable > 0 && (
            <Alert color="yellow" p="xs">
              {i18n._({ id: 'directory.leftOut', message: 'Refused lines are left out.' })}
            </Alert>
          )}
        </Group>
      )}
    </Stack>
  );
}
