import type { MessageDescriptor } from '@lingui/core';
import { Trans, useLingui } from '@lingui/react';
import { Anchor, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';

import type { TerminalMatchRule } from '../../shared/contract/directory';
import { PageLoader } from '../components/page-loader';
import { Pager } from '../components/pager';
import { QueryError } from '../components/query-error';
import { useSession } from '../features/auth/api/session';
import { useDirectory } from '../features/directory/api/directory-queries';
import { DirectoryImport } from '../features/directory/components/directory-import';
import { DirectoryTable } from '../features/directory/components/directory-table';
import { UnmatchedDevices } from '../features/directory/components/unmatched-devices';
import { UNMATCHED_SECTION_ID } from '../features/directory/utils/unmatched-link';

const PAGE_SIZE = 50;

const RULES: Record<TerminalMatchRule, MessageDescriptor> = {
  directory: /*i18n*/ { id: 'directory.rule.directory', message: 'only the entries below' },
  deviceName: /*i18n*/ {
    id: 'directory.rule.deviceName',
    message: 'the entries below, else terminal id = DeviceName',
  },
  terminalNum: /*i18n*/ {
    id: 'directory.rule.terminalNum',
    message: 'the entries below, else the terminal whose number is the DeviceName',
  },
  iotId: /*i18n*/ {
    id: 'directory.rule.iotId',
    message: 'the entries below, else terminal id = IotId',
  },
};

/** Which report terminal each IoT device is; managers import more. */
export default function DirectoryRoute() {
  const { data: user } = useSession();
  const { i18n } = useLingui();
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const [search] = useDebouncedValue(q.trim(), 300);
  const list = useDirectory({ q: search || undefined, page, pageSize: PAGE_SIZE });

  return (
    <Stack>
      <Title order={1} size="h2">
        {i18n._({ id: 'directory.title', message: 'Devices directory' })}
      </Title>
      <Text>
        {i18n._({
          id: 'directory.intro',
          message:
            'The upgrade report knows devices by their report terminal id; the IoT platform by ProductKey and device name. This directory says which is which.',
        })}
        {list.data &&
          i18n._({
            id: 'directory.rule',
            message: ' Matching rule (REPORT_TERMINAL_MATCH={rule}): {meaning}.',
            values: { rule: list.data.rule, meaning: i18n._(RULES[list.data.rule]) },
          })}{' '}
        <Trans
          id="directory.unmatchedListed"
          message="Devices with no terminal are counted in the <0>upgrade report</0> and listed <1>below</1>."
          components={{
            0: <Anchor component={Link} to="/reports" />,
            1: <Anchor href={`#${UNMATCHED_SECTION_ID}`} />,
          }}
        />
      </Text>
      {user?.role === 'manager' && (
        <Paper withBorder p="md">
          <DirectoryImport />
        </Paper>
      )}
      <Paper withBorder p="md">
        <Stack>
          <Group justify="space-between">
            <TextInput
              label={i18n._({ id: 'directory.search', message: 'Search' })}
              placeholder={i18n._({
                id: 'directory.searchHint',
                message: 'Device name, terminal id or number',
              })}
              leftSection={<IconSearch size={16} aria-hidden />}
              value={q}
              onChange={(event) => {
                setQ(event.currentTarget.value);
                setPage(1);
              }}
              w={360}
            />
            {list.data && (
              <Text size="sm">
                {i18n._({
                  id: 'directory.countOf',
                  message: '{total, number} of {size, plural, one {# device} other {# devices}}',
                  values: { total: list.data.total, size: list.data.size },
                })}
              </Text>
            )}
          </Group>
          {list.isPending && <PageLoader />}
          {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
          {list.data && list.data.items.length === 0 && (
            <Text>
              {list.data.size === 0
                ? i18n._({
                    id: 'directory.empty',
                    message: 'The directory is empty: import a CSV file.',
                  })
                : i18n._({ id: 'directory.noMatch', message: 'No device matches.' })}
            </Text>
          )}
          {list.data && list.data.items.length > 0 && <DirectoryTable items={list.data.items} />}
          {list.data && list.data.total > PAGE_SIZE && (
            <Pager total={Math.ceil(list.data.total / PAGE_SIZE)} value={page} onChange={setPage} />
          )}
        </Stack>
      </Paper>
      <Paper withBorder p="md">
        <UnmatchedDevices />
      </Paper>
    </Stack>
  );
}
