import { useLingui } from '@lingui/react';
import { Modal } from '@mantine/core';
import { useState } from 'react';

import type {
  CancelPreview,
  CancelResult,
  CancelUpgradeForm,
} from '../../../../shared/contract/upgrade-tasks';
import { type CancelTasksVariables, useCancelTasks, usePreviewCancel } from '../api/cancel-tasks';
import { mergeRetry } from '../lib/merge-retry';
import { CancelForm } from './cancel-form';
import { CancelPreviewPanel } from './cancel-preview-panel';
import { CancelSummary } from './cancel-summary';

interface CancelUpgradeDialogProps {
  opened: boolean;
  onClose: () => void;
  productKey: string;
  firmwareId: string;
  jobId: string;
  /** The table's selection, offered as the device list. */
  deviceNames: string[];
  /** Called once tasks were cancelled (the selection has served its purpose). */
  onCancelled?: () => void;
}

type Step =
  | { name: 'edit' }
  | { name: 'preview'; variables: CancelTasksVariables; preview: CancelPreview }
  | { name: 'result'; variables: CancelTasksVariables; result: CancelResult };

/** "Cancel upgrade": edit → preview → result. The modal unmounts its body on close, so each opening starts fresh. */
export function CancelUpgradeDialog({ opened, onClose, ...props }: CancelUpgradeDialogProps) {
  const { i18n } = useLingui();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={i18n._({ id: 'cancel.title', message: 'Cancel upgrade' })}
      size="xl"
      closeOnClickOutside={false}
      closeButtonProps={{ 'aria-label': i18n._({ id: 'common.close', message: 'Close' }) }}
    >
      <CancelFlow {...props} onClose={onClose} />
    </Modal>
  );
}

function CancelFlow({
  productKey,
  firmwareId,
  jobId,
  deviceNames,
  onClose,
  onCancelled,
}: Omit<CancelUpgradeDialogProps, 'opened'>) {
  const [draft, setDraft] = useState<CancelUpgradeForm>({
    firmwareId,
    devices: deviceNames.join('\n'),
    jobId,
  });
  const [step, setStep] = useState<Step>({ name: 'edit' });
  const [retryingBatch, setRetryingBatch] = useState<number | null>(null);
  const preview = usePreviewCancel();
  const cancel = useCancelTasks();
  const retry = useCancelTasks();

  if (step.name === 'edit') {
    return (
      <CancelForm
        productKey={productKey}
        initial={draft}
        pending={preview.isPending}
        error={preview.error}
        onPreview={(values, names) => {
          setDraft(values);
          const variables = {
            productKey,
            firmwareId: values.firmwareId,
            deviceNames: names,
            jobId: values.jobId || undefined,
          };
          preview.mutate(variables, {
            onSuccess: (data) => setStep({ name: 'preview', variables, preview: data }),
          });
        }}
      />
    );
  }

  if (step.name === 'preview') {
    return (
      <CancelPreviewPanel
        preview={step.preview}
        withJob={Boolean(step.variables.jobId)}
        pending={cancel.isPending}
        error={cancel.error}
        onBack={() => {
          preview.reset();
          setStep({ name: 'edit' });
        }}
        onConfirm={() =>
          cancel.mutate(step.variables, {
            onSuccess: (result) => {
              setStep({ name: 'result', variables: step.variables, result });
              onCancelled?.();
            },
          })
        }
      />
    );
  }

  const onRetry = (batch: number) => {
    const names = step.result.items
      .filter((item) => item.outcome === 'failed' && item.batch === batch)
      .map((item) => item.deviceName);
    setRetryingBatch(batch);
    retry.mutate(
      { ...step.variables, deviceNames: names },
      {
        onSuccess: (again) => setStep({ ...step, result: mergeRetry(step.result, batch, again) }),
        onSettled: () => setRetryingBatch(null),
      },
    );
  };

  return (
    <CancelSummary
      result={step.result}
      withJob={Boolean(step.variables.jobId)}
      retryingBatch={retryingBatch}
      retryError={retry.error}
      onRetry={onRetry}
      onClose={onClose}
    />
  );
}
