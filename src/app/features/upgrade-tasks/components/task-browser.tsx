import { useLingui } from '@lingui/react';
import { Center, Group, Paper, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { lazy, useDeferredValue } from 'react';

import type { TASK_PAGING_WINDOW as CONTRACT_PAGING_WINDOW } from '../../../../shared/contract/upgrade-tasks';
import { LazyDialog } from '../../../components/lazy-dialog';
import { PageLoader } from '../../../components/page-loader';
import { Pager } from '../../../components/pager';
import { QueryError } from '../../../components/query-error';
import { useAfterPaint } from '../../../hooks/use-after-paint';
import { useCanWrite } from '../../auth/api/session';
import { isTaskListPending, useUpgradeTasks } from '../api/get-upgrade-tasks';
import { useSelection } from '../hooks/use-selection';
import type { TaskPageParams } from '../hooks/use-task-page-params';
import { SelectionBar } from './selection-bar';
import { TaskFilters } from './task-filters';
import { TaskListingProgress } from './task-listing-progress';
import { TaskTable } from './task-table';

/** The contract's TASK_PAGING_WINDOW (the typecheck keeps them equal); its module holds zod schemas. */
const TASK_PAGING_WINDOW: typeof CONTRACT_PAGING_WINDOW = 100_000;

export const TASK_PAGE_SIZE = 20;

// The cancel dialog (and its preview and summary) loads on its first opening (see LazyDialog).
const CancelUpgradeDialog = lazy(() =>
  import('./cancel-upgrade-dialog').then((m) => ({ default: m.CancelUpgradeDialog })),
);

interface TaskBrowserProps {
  productKey: string;
  params: TaskPageParams;
  onChange: (patch: Partial<TaskPageParams>) => void;
}

/** The tasks of one firmware (or job): filters, selection, a server-paged table and the cancel dialog. */
export function TaskBrowser({ productKey, params, onChange }: TaskBrowserProps) {
  const { i18n } = useLingui();
  const { firmwareId, jobId, status, deviceName, page } = params;
  const filter = { jobId: jobId || undefined, status, deviceName: deviceName || undefined };
  // Asked for once the page around them is on screen (its first paint waits on no second answer).
  const painted = useAfterPaint();
  const tasks = useUpgradeTasks(
    productKey,
    firmwareId,
    { ...filter, page, pageSize: TASK_PAGE_SIZE },
    painted,
  );
  const selection = useSelection();
  const canWrite = useCanWrite();
  const [opened, { open, close }] = useDisclosure(false);
  // A new answer renders in a transition, in slices: twenty rows of checkboxes, badges and times
  // were one long task on a slow phone. What the answer changes (rows, count, pages) moves together.
  const shown = useDeferredValue(tasks.data);
  const pending = isTaskListPending(shown) ? shown : null;
  const list = shown && !isTaskListPending(shown) ? shown : undefined;
  const total = list?.total ?? 0;
  const pages = Math.min(Math.ceil(total / TASK_PAGE_SIZE), TASK_PAGING_WINDOW / TASK_PAGE_SIZE);

  return (
    <Stack>
      <TaskFilters status={status} deviceName={deviceName} onChange={onChange} />
      {/* While the tasks are read across jobs their number is not known yet. */}
      {!pending && (
        <SelectionBar
          productKey={productKey}
          firmwareId={firmwareId}
          filter={filter}
          total={list || tasks.isError ? total : undefined}
          selection={selection}
          canWrite={canWrite}
          onCancelUpgrade={open}
        />
      )}
      {(tasks.isPending || (tasks.data && !shown)) && <PageLoader />}
      {tasks.isError && <QueryError error={tasks.error} onRetry={() => void tasks.refetch()} />}
      {pending && <TaskListingProgress progress={pending.progress} />}
      {list && list.items.length === 0 && (
        <Paper withBorder p="xl">
          <Center>
            <Text>
              {i18n._({
                id: 'tasks.noMatch',
                message: 'No device task matches. Change the filters or pick another job.',
              })}
            </Text>
          </Center>
        </Paper>
      )}
      {list && list.items.length > 0 && (
        <Paper
          withBorder
          aria-busy={tasks.isPlaceholderData}
          style={{ opacity: tasks.isPlaceholderData ? 0.6 : 1 }}
        >
          <TaskTable tasks={list.items} selection={selection} selectable={canWrite} />
        </Paper>
      )}
      {pages > 1 && (
        <Group justify="space-between">
          <Text size="sm">
            {i18n._({
              id: 'tasks.pageOf',
              message: 'Page {page, number} of {pages, number}',
              values: { page, pages },
            })}
          </Text>
          <Pager
            namePages
            total={pages}
            value={page}
            onChange={(next) => onChange({ page: next })}
          />
        </Group>
      )}
      {canWrite && (
        <LazyDialog value={opened || null}>
          {(open) => (
            <CancelUpgradeDialog
              opened={open !== null}
              onClose={close}
              productKey={productKey}
              firmwareId={firmwareId}
              jobId={jobId}
              deviceNames={[...selection.selected]}
              onCancelled={selection.clear}
            />
          )}
        </LazyDialog>
      )}
    </Stack>
  );
}
