import { useLingui } from '@lingui/react';
import { Autocomplete, Button, Group, List, Select, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';

import {
  type CancelUpgradeForm,
  cancelUpgradeFormSchema,
} from '../../../../shared/contract/upgrade-tasks';
import { parseDeviceNames } from '../../../../shared/ota/device-names';
import { QueryError } from '../../../components/query-error';
import { deviceNameProblem, translatedResolver } from '../../../i18n/console/validation';
import { ApiRequestError } from '../../../lib/api-client';
import { formatCount } from '../../../lib/format';
import { useTimeZone } from '../../../lib/time/use-time-zone';
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
  const { i18n } = useLingui();
  const parsed = parseDeviceNames(text);
  if (text.trim() === '') return null;
  return (
    <Stack gap={4} aria-live="polite">
      <Text size="sm">
        {i18n._({
          id: 'cancel.form.deviceCount',
          message: '{count, plural, one {# device} other {# devices}}',
          values: { count: parsed.names.length },
        })}
        {parsed.duplicates > 0 &&
          i18n._({
            id: 'cancel.form.duplicates',
            message: ' · {count, plural, one {# duplicate} other {# duplicates}} removed',
            values: { count: parsed.duplicates },
          })}
        {parsed.invalid.length > 0 &&
          i18n._({
            id: 'cancel.form.invalidCount',
            message: ' · {count} invalid',
            values: { count: formatCount(parsed.invalid.length) },
          })}
      </Text>
      {parsed.invalid.length > 0 && (
        <List
          size="sm"
          c="red.8"
          aria-label={i18n._({ id: 'cancel.form.invalidList', message: 'Invalid device names' })}
        >
          {parsed.invalid.slice(0, 5).map((bad) => (
            <List.Item key={bad.value}>
              {i18n._({
                id: 'cancel.form.invalidItem',
                message: '“{value}”: {problem}',
                values: { value: bad.value, problem: deviceNameProblem(i18n, bad.problem) },
              })}
            </List.Item>
          ))}
          {parsed.invalid.length > 5 && (
            <List.Item>
              {i18n._({
                id: 'cancel.form.andMore',
                message: '…and {count} more',
                values: { count: parsed.invalid.length - 5 },
              })}
            </List.Item>
          )}
        </List>
      )}
    </Stack>
  );
}

/** Step 1: which firmware, which devices (selection or pasted list), optionally which job. */
export function CancelForm({ productKey, initial, pending, error, onPreview }: CancelFormProps) {
  const { options } = useFirmwareOptions(productKey);
  const { i18n } = useLingui();
  const form = useForm<CancelUpgradeForm>({
    mode: 'controlled',
    initialValues: initial,
    validate: translatedResolver(cancelUpgradeFormSchema, i18n),
  });

  const submit = form.onSubmit((values) =>
    onPreview(values, parseDeviceNames(values.devices).names),
  );
  // The chosen firmware's jobs to pick from; any ID can still be typed or pasted.
  const jobs = useUpgradeJobs(productKey, form.values.firmwareId);
  const { zone } = useTimeZone();
  const jobOptions = (jobs.data?.items ?? []).map((job) => ({
    value: job.jobId,
    label: jobLabel(i18n, job, zone),
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
          label={i18n._({ id: 'cancel.form.firmware', message: 'Firmware' })}
          required
          data={options}
          searchable
          {...form.getInputProps('firmwareId')}
        />
        <Textarea
          label={i18n._({ id: 'cancel.form.devices', message: 'Devices' })}
          required
          description={i18n._({
            id: 'cancel.form.devices.hint',
            message:
              'One device name per line, or separated by commas or spaces. Duplicates are removed.',
          })}
          autosize
          minRows={4}
          maxRows={10}
          spellCheck={false}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          {...form.getInputProps('devices')}
        />
        <DeviceListFeedback text={form.values.devices} />
        <Autocomplete
          label={i18n._({ id: 'cancel.form.jobId', message: 'Job ID' })}
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
        {Boolean(error) && (
          <QueryError
            error={error}
            title={i18n._({ id: 'cancel.form.failed', message: 'Could not check the devices' })}
          />
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={pending}>
            {i18n._({ id: 'cancel.form.preview', message: 'Preview' })}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
