import { useLingui } from '@lingui/react';
import { Paper, Progress, Stack, Text } from '@mantine/core';

import type { ReportProgress as Progressing } from '../../../../shared/contract/reports';

/** What the BFF is doing while a large range loads. */
export function ReportProgress({ progress }: { progress: Progressing }) {
  const percent = progress.total
    ? Math.min(100, Math.round((progress.done / Math.max(1, progress.total)) * 100))
    : null;
  const { i18n } = useLingui();
  const text =
    progress.phase === 'devices'
      ? i18n._({
          id: 'report.progress.devices',
          message: 'Finding devices… {done, number} so far',
          values: { done: progress.done },
        })
      : progress.total
        ? i18n._({
            id: 'report.progress.recordsOf',
            message: 'Loading records… {done, number} of {total, number}',
            values: { done: progress.done, total: progress.total },
          })
        : i18n._({
            id: 'report.progress.records',
            message: 'Loading records… {done, number}',
            values: { done: progress.done },
          });
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
          aria-label={i18n._({ id: 'report.progress', message: 'Report loading progress' })}
        />
      </Stack>
    </Paper>
  );
}
