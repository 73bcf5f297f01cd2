import { useLingui } from '@lingui/react';
import { Button, Group, Paper, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconSearch } from '@tabler/icons-react';
import { type FormEvent, useEffect, useState } from 'react';

import type { ReportFilters } from '../../../../shared/contract/reports';
import type { ReportSearch } from '../api/report-search';
import { DevicePicker } from './device-picker';
import type * as ChecksModule from './filter-form-checks';
import {
  type FilterFormValues,
  initialFormValues,
  toFilters,
  unreadableTimes,
} from './filter-form-values';
import { RangePicker } from './range-picker';

type Checks = typeof ChecksModule;
const loadChecks = () => import('./filter-form-checks');

interface ReportFiltersProps {
  search: Partial<ReportSearch>;
  onApply: (filters: Partial<ReportFilters>) => void;
  /** The filters on screen cannot be shown (e.g. a reversed range): results below are stale. */
  onInvalid: () => void;
}

/**
 * Which devices and which UTC range; "Show report" writes them to the URL. The form's checks (the
 * contract's schema: zod and its messages, about 28 kB) load with the form, after the report's
 * figures (or sooner when the pointer or the focus reaches it); a submit or preset made before
 * they arrived waits for them.
 */
export function ReportFiltersForm({ search, onApply, onInvalid }: ReportFiltersProps) {
  const { i18n } = useLingui();
  const [checks, setChecks] = useState<Checks | null>(null);
  const needChecks = (): Promise<Checks> =>
    checks
      ? Promise.resolve(checks)
      : loadChecks().then((module) => {
          setChecks(module);
          return module;
        });
  // The form itself loads after the report's figures (routes/reports.tsx): its checks follow at
  // once, so a preset or "Show report" applies in the same click instead of after a fetch.
  useEffect(() => {
    let live = true;
    loadChecks().then(
      (module) => live && setChecks(module),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  const form = useForm<FilterFormValues>({
    mode: 'controlled',
    initialValues: initialFormValues(search),
    validate: (values) => (checks ? checks.validateFilterForm(i18n, values) : {}),
  });
  const errorsOf = (module: Checks) => module.validateFilterForm(i18n, form.getValues());
  /** Checks the whole form (at once when the checks are here), then applies it or says it cannot. */
  const applyChecked = () => {
    const run = (module: Checks) => {
      const errors = errorsOf(module);
      form.setErrors(errors);
      if (Object.keys(errors).length > 0) onInvalid();
      else onApply(toFilters(form.getValues()));
    };
    if (checks) run(checks);
    // Checks that cannot load leave them to the BFF, which refuses what they would (same schema).
    else needChecks().then(run, () => onApply(toFilters(form.getValues())));
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    applyChecked();
  };
  const checkTime = (field: 'from' | 'to') =>
    form.setFieldError(field, unreadableTimes(i18n, form.getValues())[field]);

  return (
    <Paper withBorder p="md">
      <form
        onSubmit={submit}
        onFocusCapture={checks ? undefined : () => void needChecks()}
        onPointerEnter={checks ? undefined : () => void needChecks()}
        aria-label={i18n._({ id: 'report.filters', message: 'Report filters' })}
      >
        <Stack gap="md">
          <DevicePicker form={form} />
          {/* A preset shows the report at once when devices are already chosen. */}
          <RangePicker form={form} onPreset={applyChecked} checkTime={checkTime} />
          <Group justify="flex-end">
            <Button type="submit" leftSection={<IconSearch size={16} aria-hidden />}>
              {i18n._({ id: 'report.show', message: 'Show report' })}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
