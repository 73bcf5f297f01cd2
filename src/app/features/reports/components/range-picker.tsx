import { useLingui } from '@lingui/react';
import { Button, Group, Stack } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useEffect, useRef } from 'react';

import type { ReportRangePreset } from '../../../../shared/contract/reports';
import { TypedTimeInput } from '../../../components/typed-time-input';
import type { FilterFormValues } from './filter-form-values';
import { fromUtcInput, presetRange } from './filter-form-values';
import { LocalTime } from './local-time';
import { PRESETS } from './range-presets';

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
