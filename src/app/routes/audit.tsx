import { useLingui } from '@lingui/react';
import { Alert, Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconDownload, IconLock } from '@tabler/icons-react';

import { PageLoader } from '../components/page-loader';
import { Pager } from '../components/pager';
import { QueryError } from '../components/query-error';
import { auditCsvHref, auditSearch, useAuditEvents } from '../features/audit/api/audit-queries';
import { auditSearchShape } from '../features/audit/api/audit-search';
import { AuditFilters } from '../features/audit/components/audit-filters';
import { AuditTable } from '../features/audit/components/audit-table';
import { useSession } from '../features/auth/api/session';
import { useSearchState } from '../hooks/use-search-state';
import { usePageShownMark } from '../lib/page-shown';

const PAGE_SIZE = 50;

export default function AuditRoute() {
  const { data: user } = useSession();
  const { i18n } = useLingui();
  usePageShownMark(user?.role !== undefined && user.role !== 'manager');
  if (user && user.role !== 'manager') {
    return (
      <Stack>
        <Title order={2}>{i18n._({ id: 'audit.title', message: 'Audit trail' })}</Title>
        <Alert
          color="gray"
          icon={<IconLock size={18} aria-hidden />}
          title={i18n._({ id: 'audit.managersOnly', message: 'Managers only' })}
        >
          {i18n._({
            id: 'audit.managersOnly.body',
            message:
              'The audit trail records who changed what; only managers can read it. Ask a manager if you need to know who made a change.',
          })}
        </Alert>
      </Stack>
    );
  }
  return <AuditTrail />;
}

function AuditTrail() {
  const [{ page, ...filter }, update] = useSearchState(auditSearchShape);
  const events = useAuditEvents({ ...filter, page, pageSize: PAGE_SIZE });
  const { i18n } = useLingui();
  usePageShownMark(!events.isPending);

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{i18n._({ id: 'audit.title', message: 'Audit trail' })}</Title>
        <Anchor href={auditCsvHref(filter)} download>
          <Group gap={4}>
            <IconDownload size={16} aria-hidden />
            {i18n._({ id: 'audit.downloadCsv', message: 'Download CSV' })}
          </Group>
        </Anchor>
      </Group>
      <AuditFilters
        key={auditSearch(filter)}
        value={filter}
        onChange={(next) => update({ ...next, page: null })}
      />
      {events.isPending && <PageLoader />}
      {events.isError && <QueryError error={events.error} onRetry={() => void events.refetch()} />}
      {events.data && events.data.items.length === 0 && (
        <Paper withBorder p="xl">
          <Text>
            {i18n._({
              id: 'audit.noMatch',
              message: 'No recorded changes match these filters.',
            })}
          </Text>
        </Paper>
      )}
      {events.data && events.data.items.length > 0 && (
        <Paper withBorder>
          <AuditTable events={events.data.items} />
        </Paper>
      )}
      {events.data && events.data.total > PAGE_SIZE && (
        <Group justify="flex-end">
          <Pager
            total={Math.ceil(events.data.total / PAGE_SIZE)}
            value={page}
            onChange={(next) => update({ page: next })}
          />
        </Group>
      )}
    </Stack>
  );
}
