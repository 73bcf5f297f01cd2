import { useLingui } from '@lingui/react';
import { Paper, Progress, Stack, Text } from '@mantine/core';

import type { UpgradeTaskListPending } from '../../../../shared/contract/upgrade-tasks';

/** While a firmware's tasks are read job by job (the cloud lists tasks per job): how far. */
export function TaskListingProgress({
  progress,
}: {
  progress: UpgradeTaskListPending['progress'];
}) {
  const { i18n } = useLingui();
  const { jobsRead, jobs } = progress;
  const label =
    jobs === null
      ? i18n._({ id: 'tasks.progress.jobs', message: 'Finding the firmware’s upgrade jobs…' })
      : i18n._({
          id: 'tasks.progress.reading',
          message: 'Reading the tasks of job {current, number} of {jobs, number}…',
          values: { current: Math.min(jobsRead + 1, jobs), jobs },
        });
  return (
    <Paper withBorder p="xl" role="status" aria-live="polite">
      <Stack gap="xs">
        <Text>{label}</Text>
        <Progress
          value={jobs ? (jobsRead / jobs) * 100 : 0}
          animated
          aria-label={i18n._({
            id: 'tasks.progress.label',
            message: 'Upgrade jobs read: {read, number} of {jobs, number}',
            values: { read: jobsRead, jobs: jobs ?? 0 },
          })}
        />
        <Text size="sm">
          {i18n._({
            id: 'tasks.progress.why',
            message:
              'The IoT platform lists device tasks one upgrade job at a time; pick a job to see its tasks at once.',
          })}
        </Text>
      </Stack>
    </Paper>
  );
}
