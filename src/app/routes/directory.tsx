import { Anchor, Group, Pagination, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';

import { PageLoader } from '../components/page-loader';
import { QueryError } from '../components/query-error';
import { useSession } from '../features/auth/api/session';
import { useDirectory } from '../features/directory/api/directory-queries';
import { DirectoryImport } from '../features/directory/components/directory-import';
import { DirectoryTable } from '../features/directory/components/directory-table';

const PAGE_SIZE = 50;

const RULES: Record<string, string> = {
  directory: 'only the entries below',
  deviceName: 'the entries below, else terminal id = DeviceName',
  terminalNum: 'the entries below, else the terminal whose number is the DeviceName',
  iotId: 'the entries below, else terminal id = IotId',
};

/** Which report terminal each IoT device is; managers import more. */
export default function DirectoryRoute() {
  const { data: user } = useSession();
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const [search] = useDebouncedValue(q.trim(), 300);
  const list = useDirectory({ q: search || undefined, page, pageSize: PAGE_SIZE });

  return (
    <Stack>
      <Title order={1} size="h2">
        Devices directory
      </Title>
      <Text>
        The upgrade report knows devices by their report terminal id; the IoT platform by ProductKey
        and device name. This directory says which is which.
        {list.data &&
          ` Matching rule (REPORT_TERMINAL_MATCH=${list.data.rule}): ${RULES[list.data.rule]}.`}{' '}
        Devices with no terminal are counted and listed in the{' '}
        <Anchor component={Link} to="/reports">
          upgrade report
        </Anchor>
        .
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
              label="Search"
              placeholder="Device name, terminal id or number"
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
                {list.data.total.toLocaleString('en')} of {list.data.size.toLocaleString('en')}{' '}
                devices
              </Text>
            )}
          </Group>
          {list.isPending && <PageLoader />}
          {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
          {list.data && list.data.items.length === 0 && (
            <Text>
              {list.data.size === 0
                ? 'The directory is empty: import a CSV file.'
                : 'No device matches.'}
            </Text>
          )}
          {list.data && list.data.items.length > 0 && <DirectoryTable items={list.data.items} />}
          {list.data && list.data.total > PAGE_SIZE && (
            <Pagination
              total={Math.ceil(list.data.total / PAGE_SIZE)}
              value={page}
              onChange={setPage}
              getControlProps={(control) => ({ 'aria-label': `${control} page` })}
            />
          )}
        </Stack>
      </Paper>
    </Stack>
  );
}
