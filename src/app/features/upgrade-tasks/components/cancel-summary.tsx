import {
  Alert,
  Badge,
  Button,
  Code,
  Group,
  Paper,
  ScrollArea,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { useEffect, useRef } from 'react';

import type { CancelOutcome, CancelResult } from '../../../../shared/contract/upgrade-tasks';
import { QueryError } from '../../../components/query-error';
import { byImportance, OUTCOME_COLORS, OUTCOME_LABELS, outcomeDetail } from '../lib/cancel-text';

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
        title={failed > 0 ? 'Some devices failed' : 'Cancel finished'}
        role="status"
      >
        {cancelled.toLocaleString()} cancelled · {notCancellable.toLocaleString()} not cancellable ·{' '}
        {failed.toLocaleString()} failed
      </Alert>
      {failedBatches.map((batch) => (
        <Paper key={batch.batch} withBorder p="sm">
          <Group justify="space-between" wrap="nowrap">
            <Stack gap={2}>
              <Text size="sm" fw={500}>
                Call {batch.batch + 1} failed for {batch.deviceCount} devices
              </Text>
              <Text size="xs">
                Code <Code>{batch.code}</Code> · RequestId <Code>{batch.requestId ?? '—'}</Code>
              </Text>
            </Stack>
            <Button
              variant="light"
              color="red"
              loading={retryingBatch === batch.batch}
              disabled={retryingBatch !== null && retryingBatch !== batch.batch}
              onClick={() => onRetry(batch.batch)}
            >
              Retry call {batch.batch + 1}
            </Button>
          </Group>
        </Paper>
      ))}
      {Boolean(retryError) && <QueryError error={retryError} title="The retry failed" />}
      <ScrollArea.Autosize mah={280} type="auto">
        <Table verticalSpacing={4} aria-label="Result by device" stickyHeader>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Device</Table.Th>
              <Table.Th>Result</Table.Th>
              <Table.Th>Detail</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((item) => (
              <Table.Tr key={item.deviceName}>
                <Table.Td ff="monospace" fz="sm">
                  {item.deviceName}
                </Table.Td>
                <Table.Td>
                  <Badge color={OUTCOME_COLORS[item.outcome]} variant="light" autoContrast>
                    {OUTCOME_LABELS[item.outcome]}
                  </Badge>
                </Table.Td>
                <Table.Td fz="sm">{outcomeDetail(item, withJob)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
      {result.items.length > ROWS_SHOWN && (
        <Text size="sm">
          Showing {ROWS_SHOWN} of {result.items.length.toLocaleString()} devices (failures first).
        </Text>
      )}
      <Group justify="flex-end">
        <Button onClick={onClose}>Close</Button>
      </Group>
    </Stack>
  );
}
