import type { MessageDescriptor } from '@lingui/core';
import { useLingui } from '@lingui/react';
import { Button, Group, Stack, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useEffect, useRef } from 'react';

import type { ReportRangePreset } from '../../../../shared/contract/reports';
import { TypedTimeInput } from '../../../components/typed-time-input';
import { formatTime } from '../../../lib/time/format-time';
import { useTimeZone } from '../../../lib/time/use-time-zone';
import type { FilterFormValues } from './filter-form-values';
import { fromUtcInput, presetRange } from './filter-form-values';

const PRESETS: Array<{ preset: ReportRangePreset; label: MessageDescriptor }> = [
  { preset: '24h', label: /*i18n*/ { id: 'report.last24h', message: 'Last 24 h' } },
  { preset: '7d', label: /*i18n*/ { id: 'report.last7d', message: 'Last 7 days' } },
  { preset: '30d', label: /*i18n*/ { id: 'report.last30d', message: 'Last 30 days' } },
];

/** The UTC input's time in the zone the user chose to see times in (nothing to add for UTC). */
function LocalTime({ value }: { value: string }) {
  const { i18n } = useLingui();
  const { zone } = useTimeZone();
  const iso = fromUtcInput(value);
  return (
    <Text size="xs" mt={4} aria-live="polite">
      {iso && zone !== 'UTC'
        ? i18n._({
            id: 'report.range.inYourZone',
            message: 'Your time: {time}',
            values: { time: formatTime(iso, zone, { seconds: false }) },
          })
        : ' '}
    </Text>
  );
}

/** A UTC date-time typed as text, with the user's own zone's time below it. */
function UtcInput({
  form,
  field,
  label,
  checkTime,
}: {
  form: UseFormReturnType<FilterFormValues>;
  field: 'from' | 'to';
  label: string;
  checkTime: (field: 'from' | 'to') => void;
}) {
  // A link whose time is no time says so at once (the form keeps its text: initialFormValues).
  const checked = useRef(false);
  useEffect(() => {
    if (checked.current) return;
    checked.current = true;
    if (!fromUtcInput(form.getValues()[field])) checkTime(field);
  }, [form, field, checkTime]);
  return (
    <div>
      <TypedTimeInput
        label={label}
        value={form.values[field]}
        error={form.errors[field]}
        onChange={(text) => form.setValues({ [field]: text, range: '' })}
      />
      <LocalTime value={form.values[field]} />
    </div>
  );
}

/** A UTC range: presets, or two UTC date-times, each with the user's zone's time beside it. */
export function RangePicker({
  form,
  onPreset,
  checkTime,
}: {
  form: UseFormReturnType<FilterFormValues>;
  onPreset: () => void;
  /** Says on the field when its text is no date-time. */
  checkTime: (field: 'from' | 'to') => void;
}) {
  const { i18n } = useLingui();
  const choose = (preset: ReportRangePreset) => {
    form.setValues(presetRange(preset));
    onPreset();
  };
  return (
    <Stack gap="xs">
      <Group gap="xs">
        {PRESETS.map(({ preset, label }) => (
          <Button key={preset} size="xs" variant="default" onClick={() => choose(preset)}>
            {i18n._(label)}
          </Button>
        ))}
      </Group>
      <Group align="flex-start" grow>
        <UtcInput
          form={form}
          field="from"
          label={i18n._({ id: 'report.fromUtc', message: 'From (UTC)' })}
          checkTime={checkTime}
        />
        <UtcInput
          form={form}
          field="to"
          label={i18n._({ id: 'report.toUtc', message: 'To (UTC)' })}
          checkTime={checkTime}
        />
      </Group>
    </Stack>
  );
}
