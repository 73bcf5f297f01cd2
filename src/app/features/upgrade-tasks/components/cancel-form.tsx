import { Button, Group, List, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';

import {
  type CancelUpgradeForm,
  cancelUpgradeFormSchema,
} from '../../../../shared/contract/upgrade-tasks';
import { parseDeviceNames } from '../../../../shared/ota/device-names';
import { QueryError } from '../../../components/query-error';
import { useFirmwareOptions } from './firmware-picker';

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
        <TextInput
          label="Job ID"
          description="Optional: cancel only the tasks of this upgrade job (batch)."
          {...form.getInputProps('jobId')}
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
