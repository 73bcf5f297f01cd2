import { useLingui } from '@lingui/react';
import { Alert, Badge, Button, Code, Group, Paper, Stack, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';

import type { CancelOutcome, CancelResult } from '../../../../shared/contract/upgrade-tasks';
import { QueryError } from '../../../components/query-error';
import { formatCount } from '../../../lib/format';
import { byImportance, OUTCOME_COLORS, outcomeDetail, outcomeLabel } from '../lib/cancel-text';
import { DeviceOutcomeTable } from './device-outcome-table';

const ROWS_SHOWN = 500;
const RANK: Record<CancelOutcome, number> = { failed: 0, cancelled: 1, notCancellable: 2 };

interface CancelSummaryProps {
  result: CancelResult;
  withJob: boolean;
  retryingBatch: number | null;
  retryError: unknown;
  onRetry: (batch: number) => void;
  onClose: () => void;
}

/** Step 3: the outcome per device; a failed call can be retried alone. Stays until closed. */
export function CancelSummary({
  result,
  withJob,
  retryingBatch,
  retryError,
  onRetry,
  onClose,
}: CancelSummaryProps) {
  const { i18n } = useLingui();
  const { cancelled, notCancellable, failed } = result.counts;
  const failedBatches = result.batches.filter((batch) => !batch.ok);
  const rows = byImportance(result.items, (item) => RANK[item.outcome]).slice(0, ROWS_SHOWN);
  // The preview (and its confirm button) is gone: focus moves to the outcome.
  const outcome = useRef<HTMLDivElement>(null);
  useEffect(() => outcome.current?.focus(), []);

  return (
    <Stack>
      <Alert
        ref={outcome}
        tabIndex={-1}
        color={failed > 0 ? 'red' : 'green'}
        title={
          failed > 0
            ? i18n._({ id: 'cancel.summary.someFailed', message: 'Some devices failed' })
            : i18n._({ id: 'cancel.summary.finished', message: 'Cancel finished' })
        }
        role="status"
      >
        {i18n._({
          id: 'cancel.summary.counts',
          message: '{cancelled} cancelled · {notCancellable} not cancellable · {failed} failed',
          values: {
            cancelled: formatCount(cancelled),
            notCancellable: formatCount(notCancellable),
            failed: formatCount(failed),
          },
        })}
      </Alert>
      {failedBatches.map((batch) => (
        <Paper key={batch.batch} withBorder p="sm">
          <Group justify="space-between" wrap="nowrap">
            <Stack gap={2}>
              <Text size="sm" fw={500}>
                {i18n._({
                  id: 'cancel.summary.callFailed',
                  message:
                    'Call {call} failed for {count, plural, one {# device} other {# devices}}',
                  values: { call: batch.batch + 1, count: batch.deviceCount },
                })}
              </Text>
              <Text size="xs">
                {i18n._({ id: 'error.code', message: 'Code' })} <Code>{batch.code}</Code>
                {' · '}
                {i18n._({ id: 'error.requestId', message: 'RequestId' })}{' '}
                <Code>{batch.requestId ?? '—'}</Code>
              </Text>
            </Stack>
            <Button
              variant="light"
              color="red"
              loading={retryingBatch === batch.batch}
              disabled={retryingBatch !== null && retryingBatch !== batch.batch}
              onClick={() => onRetry(batch.batch)}
            >
              {i18n._({
                id: 'cancel.summary.retry',
                message: 'Retry call {call}',
                values: { call: batch.batch + 1 },
              })}
            </Button>
          </Group>
        </Paper>
      ))}
      {Boolean(retryError) && (
        <QueryError
          error={retryError}
          title={i18n._({ id: 'cancel.summary.retryFailed', message: 'The retry failed' })}
        />
      )}
      <DeviceOutcomeTable
        label={i18n._({ id: 'cancel.summary.table', message: 'Result by device' })}
        headers={[
          i18n._({ id: 'cancel.col.device', message: 'Device' }),
          i18n._({ id: 'cancel.col.result', message: 'Result' }),
          i18n._({ id: 'cancel.col.detail', message: 'Detail' }),
        ]}
        rows={rows}
        maxHeight={280}
        state={(item) => (
          <Badge color={OUTCOME_COLORS[item.outcome]} variant="light" autoContrast>
            {outcomeLabel(i18n, item.outcome)}
          </Badge>
        )}
        detail={(item) => outcomeDetail(i18n, item, withJob)}
      />
      {result.items.length > ROWS_SHOWN && (
        <Text size="sm">
          {i18n._({
            id: 'cancel.summary.showing',
            message: 'Showing {shown} of {total} devices (failures first).',
            values: { shown: ROWS_SHOWN, total: formatCount(result.items.length) },
          })}
        </Text>
      )}
      <Group justify="flex-end">
        <Button onClick={onClose}>{i18n._({ id: 'common.close', message: 'Close' })}</Button>
      </Group>
    </Stack>
  );
}
