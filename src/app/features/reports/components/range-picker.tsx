import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import dayjs from 'dayjs';

import type { ReportRangePreset } from '../../../../shared/contract/reports';
import type { FilterFormValues } from './filter-form-values';
import { fromUtcInput, presetRange } from './filter-form-values';

const PRESETS: Array<{ preset: ReportRangePreset; label: string }> = [
  { preset: '24h', label: 'Last 24 h' },
  { preset: '7d', label: 'Last 7 days' },
  { preset: '30d', label: 'Last 30 days' },
];

function LocalTime({ value }: { value: string }) {
  const iso = fromUtcInput(value);
  return (
    <Text size="xs" mt={4} aria-live="polite">
      {iso ? `Your local time: ${dayjs(iso).format('YYYY-MM-DD HH:mm')}` : ' '}
    </Text>
  );
}

/** A UTC range: presets, or two UTC date-times, each with the reader's local time beside it. */
export function RangePicker({
  form,
  onPreset,
}: {
  form: UseFormReturnType<FilterFormValues>;
  onPreset: () => void;
}) {
  const choose = (preset: ReportRangePreset) => {
    form.setValues(presetRange(preset));
    onPreset();
  };
  return (
    <Stack gap="xs">
      <Group gap="xs">
        {PRESETS.map(({ preset, label }) => (
          <Button key={preset} size="xs" variant="default" onClick={() => choose(preset)}>
            {label}
          </Button>
        ))}
      </Group>
      <Group align="flex-start" grow>
        <div>
          <TextInput
            type="datetime-local"
            label="From (UTC)"
            {...form.getInputProps('from')}
            onChange={(event) => form.setValues({ from: event.currentTarget.value, range: '' })}
          />
          <LocalTime value={form.values.from} />
        </div>
        <div>
          <TextInput
            type="datetime-local"
            label="To (UTC)"
            {...form.getInputProps('to')}
            onChange={(event) => form.setValues({ to: event.currentTarget.value, range: '' })}
          />
          <LocalTime value={form.values.to} />
        </div>
      </Group>
    </Stack>
  );
}
