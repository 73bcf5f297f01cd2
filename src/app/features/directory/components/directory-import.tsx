import { Trans, useLingui } from '@lingui/react';
import { Alert, Button, FileInput, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileUpload } from '@tabler/icons-react';
import { useState } from 'react';

import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from '../../../../shared/contract/directory';
import { QueryError } from '../../../components/query-error';
import { useImportDirectory, usePreviewImport } from '../api/import-directory';
import { ImportPreview } from './import-preview';

const MAX_MB = MAX_IMPORT_BYTES / 1024 / 1024;

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
          values={{ mb: MAX_MB, rows: MAX_IMPORT_ROWS }}
          // The column list is one long word: let it break on a phone instead of widening the page.
          components={{ 0: <code style={{ overflowWrap: 'anywhere' }} /> }}
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
                values: { mb: MAX_MB },
              })
            : undefined
        }
      />
      {preview.isPending && (
        <Text size="sm">{i18n._({ id: 'directory.reading', message: 'Reading the file…' })}</Text>
      )}
      {preview.isError && <QueryError error={preview.error} />}
      {result && <ImportPreview result={result} />}
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
