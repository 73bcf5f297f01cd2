import { Alert, Badge, Button, FileInput, Group, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileUpload } from '@tabler/icons-react';
import { useState } from 'react';

import {
  type DirectoryImportResult,
  MAX_IMPORT_BYTES,
} from '../../../../shared/contract/directory';
import { QueryError } from '../../../components/query-error';
import { useImportDirectory, usePreviewImport } from '../api/import-directory';

const n = (count: number) => count.toLocaleString('en');

function Preview({ result }: { result: DirectoryImportResult }) {
  const { samples } = result;
  return (
    <Stack gap="sm">
      <Group gap="xs" aria-label="Import counts">
        <Badge variant="light" color="green">
          {n(result.added)} to add
        </Badge>
        <Badge variant="light" color="blue">
          {n(result.changed)} to change
        </Badge>
        <Badge variant="light" color="gray">
          {n(result.unchanged)} unchanged
        </Badge>
        <Badge variant="light" color="red">
          {n(result.refused)} refused
        </Badge>
      </Group>
      {samples.refused.length > 0 && (
        <>
          <Title order={3} size="h5">
            Refused lines
          </Title>
          <Table aria-label="Refused lines">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Line</Table.Th>
                <Table.Th>Reason</Table.Th>
                <Table.Th>Text</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {samples.refused.map((r) => (
                <Table.Tr key={r.line}>
                  <Table.Td>{r.line}</Table.Td>
                  <Table.Td>{r.reason}</Table.Td>
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
            Changed devices
          </Title>
          <Table aria-label="Changed devices">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Line</Table.Th>
                <Table.Th>Device</Table.Th>
                <Table.Th>Terminal id now</Table.Th>
                <Table.Th>New terminal id</Table.Th>
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
            New devices
          </Title>
          <Table aria-label="New devices">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Line</Table.Th>
                <Table.Th>Device</Table.Th>
                <Table.Th>Terminal id</Table.Th>
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
        <Text size="sm">The lists show the first 100 of each kind; the counts are complete.</Text>
      )}
    </Stack>
  );
}

/** Managers: choose a CSV, see what it would do (a dry run), then import it. */
export function DirectoryImport() {
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
            message: `Imported ${file.name}: ${n(result.added)} added, ${n(result.changed)} changed, ${n(result.refused)} refused`,
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
        Import
      </Title>
      <Text size="sm">
        A CSV file with the columns <code>deviceName,productKey,terminalId[,terminalNum]</code> (a
        header line is optional), at most 8 MB and 200,000 rows. You see what it would change before
        anything is written.
      </Text>
      <FileInput
        label="CSV file"
        placeholder="Choose a file"
        accept=".csv,text/csv,text/plain"
        leftSection={<IconFileUpload size={16} aria-hidden />}
        value={file}
        onChange={(next) => void choose(next)}
        clearable
        clearButtonProps={{ 'aria-label': 'Clear the file' }}
        error={tooLarge ? 'The file is larger than 8 MB: split it' : undefined}
      />
      {preview.isPending && <Text size="sm">Reading the file…</Text>}
      {preview.isError && <QueryError error={preview.error} />}
      {result && <Preview result={result} />}
      {importer.isError && <QueryError error={importer.error} />}
      {result && (
        <Group>
          <Button onClick={apply} loading={importer.isPending} disabled={writable === 0}>
            {writable === 0 ? 'Nothing to import' : `Import ${n(writable)} rows`}
          </Button>
          {result.refused > 0 && writable > 0 && (
            <Alert color="yellow" p="xs">
              Refused lines are left out.
            </Alert>
          )}
        </Group>
      )}
    </Stack>
  );
}
