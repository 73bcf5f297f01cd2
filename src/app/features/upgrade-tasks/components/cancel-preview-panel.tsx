import type { I18n } from '@lingui/core';
import { useLingui } from '@lingui/react';
import { Badge, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';

import {
  type CancelPreview,
  type CancelVerdict,
  TYPE_TO_CONFIRM_THRESHOLD,
} from '../../../../shared/contract/upgrade-tasks';
import { QueryError } from '../../../components/query-error';
import { formatCount } from '../../../lib/format';
import { byImportance, verdictText } from '../lib/cancel-text';
import { DeviceOutcomeTable } from './device-outcome-table';
import { TaskStatusBadge } from './task-status-badge';

const ROWS_SHOWN = 500;
const RANK: Record<CancelVerdict, number> = { inProgress: 0, notFound: 1, done: 2, cancellable: 3 };
const VERDICTS: Array<[CancelVerdict, (i18n: I18n) => string, string]> = [
  [
    'cancellable',
    (i18n) => i18n._({ id: 'cancel.count.cancellable', message: 'Cancellable' }),
    'green',
  ],
  [
    'inProgress',
    (i18n) => i18n._({ id: 'cancel.count.inProgress', message: 'In progress' }),
    'blue',
  ],
  ['done', (i18n) => i18n._({ id: 'cancel.count.done', message: 'Done' }), 'gray'],
  ['notFound', (i18n) => i18n._({ id: 'cancel.count.notFound', message: 'Not found' }), 'orange'],
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
  const { i18n } = useLingui();
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
        {i18n._({
          id: 'cancel.preview.headline',
          message:
            '{count} of {total, plural, one {# device has} other {# devices have}} a task that will be cancelled.',
          values: { count: formatCount(cancellable), total: preview.items.length },
        })}
      </Text>
      <Group
        gap="xs"
        aria-label={i18n._({ id: 'cancel.preview.counts', message: 'Preview counts' })}
      >
        {VERDICTS.map(([verdict, label, color]) => (
          <Badge key={verdict} color={color} variant="light" size="lg" autoContrast>
            {label(i18n)}: {formatCount(preview.counts[verdict])}
          </Badge>
        ))}
      </Group>
      <DeviceOutcomeTable
        label={i18n._({ id: 'cancel.preview.table', message: 'Preview by device' })}
        headers={[
          i18n._({ id: 'cancel.col.device', message: 'Device' }),
          i18n._({ id: 'cancel.col.status', message: 'Current status' }),
          i18n._({ id: 'cancel.col.what', message: 'What happens' }),
        ]}
        rows={rows}
        maxHeight={260}
        state={(item) =>
          item.taskStatus ? (
            <TaskStatusBadge status={item.taskStatus} />
          ) : (
            <Text size="sm">{i18n._({ id: 'cancel.noTask', message: 'No task' })}</Text>
          )
        }
        detail={(item) => verdictText(i18n, item, withJob)}
      />
      {preview.items.length > ROWS_SHOWN && (
        <Text size="sm">
          {i18n._({
            id: 'cancel.preview.showing',
            message: 'Showing {shown} of {total} devices (those not cancellable first).',
            values: { shown: ROWS_SHOWN, total: formatCount(preview.items.length) },
          })}
        </Text>
      )}
      {needsTyping && (
        <TextInput
          label={i18n._({
            id: 'cancel.preview.typeToConfirm',
            message: 'Type {count} to confirm',
            values: { count: cancellable },
          })}
          description={i18n._({
            id: 'cancel.preview.typeToConfirm.hint',
            message: 'More than {threshold} devices: type how many tasks will be cancelled.',
            values: { threshold: TYPE_TO_CONFIRM_THRESHOLD },
          })}
          value={typed}
          onChange={(event) => setTyped(event.currentTarget.value)}
          inputMode="numeric"
          autoComplete="off"
        />
      )}
      {Boolean(error) && (
        <QueryError
          error={error}
          title={i18n._({ id: 'cancel.failed', message: 'The cancel request failed' })}
        />
      )}
      <Group justify="space-between">
        <Button variant="default" onClick={onBack} disabled={pending}>
          {i18n._({ id: 'common.back', message: 'Back' })}
        </Button>
        <Button
          color="red"
          onClick={onConfirm}
          loading={pending}
          disabled={cancellable === 0 || !confirmed}
        >
          {i18n._({ id: 'cancel.confirm', message: 'Cancel tasks' })}
        </Button>
      </Group>
    </Stack>
  );
}
