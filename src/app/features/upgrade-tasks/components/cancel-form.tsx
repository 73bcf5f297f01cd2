import { useLingui } from '@lingui/react';
import { Autocomplete, Button, Group, List, Select, Stack, Text, Textarea } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';

import {
  type CancelUpgradeForm,
  cancelUpgradeFormSchema,
} from '../../../../shared/contract/upgrade-tasks';
import { parseDeviceNames } from '../../../../shared/ota/device-names';
import { QueryError } from '../../../components/query-error';
import { ApiRequestError } from '../../../lib/api-client';
import { useUpgradeJobs } from '../api/get-firmware';
import { jobLabel, useFirmwareOptions } from './firmware-picker';

interface CancelFormProps {
  productKey: string;
  initial: CancelUpgradeForm;
  pending: boolean;
  error: unknown;
  onPreview: (values: CancelUpgradeForm, deviceNames: string[]) => void;
}

function DeviceListFeedback({ text }: { text: string }) {
  const parsed = parseDeviceNames(text);
  if (text.trim() === '') return null;
  return (
    <Stack gap={4} aria-live="polite">
      <Text size="sm">
        {parsed.names.length.toLocaleString()} device{parsed.names.length === 1 ? '' : 's'}
        {parsed.duplicates > 0 &&
          ` · ${parsed.duplicates} duplicate${parsed.duplicates === 1 ? '' : 's'} removed`}
        {parsed.invalid.length > 0 && ` · ${parsed.invalid.length} invalid`}
      </Text>
      {parsed.invalid.length > 0 && (
        <List size="sm" c="red.8" aria-label="Invalid device names">
          {parsed.invalid.slice(0, 5).map((bad) => (
            <List.Item key={bad.value}>
              “{bad.value}”: {bad.problem}
            </List.Item>
          ))}
          {parsed.invalid.length > 5 && (
            <List.Item>…and {parsed.invalid.length - 5} more</List.Item>
          )}
        </List>
      )}
    </Stack>
  );
}

/** Step 1: which firmware, which devices (selection or pasted list), optionally which job. */
export function CancelForm({ productKey, initial, pending, error, onPreview }: CancelFormProps) {
  const { options } = useFirmwareOptions(productKey);
  const form = useForm<CancelUpgradeForm>({
    mode: 'controlled',
    initialValues: initial,
    validate: schemaResolver(cancelUpgradeFormSchema, { sync: true }),
  });

  const submit = form.onSubmit((values) =>
    onPreview(values, parseDeviceNames(values.devices).names),
  );
  const { i18n } = useLingui();
  // The chosen firmware's jobs to pick from; any ID can still be typed or pasted.
  const jobs = useUpgradeJobs(productKey, form.values.firmwareId);
  const jobOptions = (jobs.data?.items ?? []).map((job) => ({
    value: job.jobId,
    label: jobLabel(job),
  }));
  // A refusal of the Job ID (unknown, or another firmware's) is shown on the field too.
  const refused = error instanceof ApiRequestError ? error : null;
  const jobError = refused?.fieldErrors?.jobId
    ? `${refused.fieldErrors.jobId}${refused.requestId ? ` (RequestId ${refused.requestId})` : ''}`
    : undefined;

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Select
          label="Firmware"
          required
          data={options}
          searchable
          {...form.getInputProps('firmwareId')}
        />
        <Textarea
          label="Devices"
          required
          description="One device name per line, or separated by commas or spaces. Duplicates are removed."
          autosize
          minRows={4}
          maxRows={10}
          spellCheck={false}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          {...form.getInputProps('devices')}
        />
        <DeviceListFeedback text={form.values.devices} />
        <Autocomplete
          label="Job ID"
          description={i18n._({
            id: 'cancel.jobId.hint',
            message:
              'Optional: cancel only the tasks of this upgrade job (batch). Pick one of this firmware’s jobs, or type an ID.',
          })}
          data={jobOptions}
          filter={({ options, search }) => {
            const words = search.trim().toLowerCase();
            return options.filter(
              (option) =>
                'value' in option &&
                (option.value.toLowerCase().includes(words) ||
                  option.label.toLowerCase().includes(words)),
            );
          }}
          spellCheck={false}
          autoComplete="off"
          {...form.getInputProps('jobId')}
          // A picked option puts its label in the input: keep only the job's ID.
          onChange={(value) =>
            form.setFieldValue(
              'jobId',
              jobOptions.find((option) => option.label === value)?.value ?? value,
            )
          }
          error={form.errors.jobId ?? jobError}
        />
        {Boolean(error) && <QueryError error={error} title="Could not check the devices" />}
        <Group justify="flex-end">
          <Button type="submit" loading={pending}>
            Preview
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
