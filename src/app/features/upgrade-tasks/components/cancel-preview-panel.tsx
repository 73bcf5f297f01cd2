import { Badge, Button, Group, ScrollArea, Stack, Table, Text, TextInput } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';

import {
  type CancelPreview,
  type CancelVerdict,
  TYPE_TO_CONFIRM_THRESHOLD,
} from '../../../../shared/contract/upgrade-tasks';
import { QueryError } from '../../../components/query-error';
import { byImportance, verdictText } from '../lib/cancel-text';
import { TaskStatusBadge } from './task-status-badge';

const ROWS_SHOWN = 500;
const RANK: Record<CancelVerdict, number> = { inProgress: 0, notFound: 1, done: 2, cancellable: 3 };
const VERDICTS: Array<[CancelVerdict, string, string]> = [
  ['cancellable', 'Cancellable', 'green'],
  ['inProgress', 'In progress', 'blue'],
  ['done', 'Done', 'gray'],
  ['notFound', 'Not found', 'orange'],
];

interface CancelPreviewPanelProps {
  preview: CancelPreview;
  withJob: boolean;
  pending: boolean;
  error: unknown;
  onBack: () => void;
  onConfirm: () => void;
}

/** Step 2: what "Cancel tasks" will do to each device; many devices ask for the number typed. */
export function CancelPreviewPanel({
  preview,
  withJob,
  pending,
  error,
  onBack,
  onConfirm,
}: CancelPreviewPanelProps) {
  const [typed, setTyped] = useState('');
  const cancellable = preview.counts.cancellable;
  const needsTyping = cancellable > TYPE_TO_CONFIRM_THRESHOLD;
  const confirmed = !needsTyping || typed.trim() === String(cancellable);
  const rows = byImportance(preview.items, (item) => RANK[item.verdict]).slice(0, ROWS_SHOWN);
  // The form (and its Preview button) is gone: focus moves to what the preview says.
  const headline = useRef<HTMLParagraphElement>(null);
  useEffect(() => headline.current?.focus(), []);

  return (
    <Stack>
      <Text fw={500} ref={headline} tabIndex={-1}>
        {cancellable.toLocaleString()} of {preview.items.length.toLocaleString()} devices have a
        task that will be cancelled.
      </Text>
      <Group gap="xs" aria-label="Preview counts">
        {VERDICTS.map(([verdict, label, color]) => (
          <Badge key={verdict} color={color} variant="light" size="lg" autoContrast>
            {label}: {preview.counts[verdict].toLocaleString()}
          </Badge>
        ))}
      </Group>
      <ScrollArea.Autosize mah={260} type="auto">
        <Table verticalSpacing={4} aria-label="Preview by device" stickyHeader>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Device</Table.Th>
              <Table.Th>Current status</Table.Th>
              <Table.Th>What happens</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((item) => (
              <Table.Tr key={item.deviceName}>
                <Table.Td ff="monospace" fz="sm">
                  {item.deviceName}
                </Table.Td>
                <Table.Td>
                  {item.taskStatus ? (
                    <TaskStatusBadge status={item.taskStatus} />
                  ) : (
                    <Text size="sm">No task</Text>
                  )}
                </Table.Td>
                <Table.Td fz="sm">{verdictText(item, withJob)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
      {preview.items.length > ROWS_SHOWN && (
        <Text size="sm">
          Showing {ROWS_SHOWN} of {preview.items.length.toLocaleString()} devices (those not
          cancellable first).
        </Text>
      )}
      {needsTyping && (
        <TextInput
          label={`Type ${cancellable} to confirm`}
          description={`More than ${TYPE_TO_CONFIRM_THRESHOLD} devices: type how many tasks will be cancelled.`}
          value={typed}
          onChange={(event) => setTyped(event.currentTarget.value)}
          inputMode="numeric"
          autoComplete="off"
        />
      )}
      {Boolean(error) && <QueryError error={error} title="The cancel request failed" />}
      <Group justify="space-between">
        <Button variant="default" onClick={onBack} disabled={pending}>
          Back
        </Button>
        <Button
          color="red"
          onClick={onConfirm}
          loading={pending}
          disabled={cancellable === 0 || !confirmed}
        >
          Cancel tasks
        </Button>
      </Group>
    </Stack>
  );
}
