import { Paper, Progress, Stack, Text } from '@mantine/core';

import type { ReportProgress as Progressing } from '../../../../shared/contract/reports';

/** What the BFF is doing while a large range loads. */
export function ReportProgress({ progress }: { progress: Progressing }) {
  const percent = progress.total
    ? Math.min(100, Math.round((progress.done / Math.max(1, progress.total)) * 100))
    : null;
  const text =
    progress.phase === 'devices'
      ? `Finding devices… ${progress.done.toLocaleString()} so far`
      : `Loading records… ${progress.done.toLocaleString()}${progress.total ? ` of ${progress.total.toLocaleString()}` : ''}`;
  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Text size="sm" aria-live="polite">
          {text}
        </Text>
        <Progress
          value={percent ?? 100}
          animated={percent === null}
          striped={percent === null}
          aria-label="Report loading progress"
        />
      </Stack>
    </Paper>
  );
}
