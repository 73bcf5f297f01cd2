import { useLingui } from '@lingui/react';
import { Button, Group, Paper, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconSearch } from '@tabler/icons-react';

import type { ReportFilters } from '../../../../shared/contract/reports';
import type { ReportSearch } from '../api/report-search';
import { DevicePicker } from './device-picker';
import {
  type FilterFormValues,
  initialFormValues,
  toFilters,
  validateFilterForm,
} from './filter-form-values';
import { RangePicker } from './range-picker';

interface ReportFiltersProps {
  search: Partial<ReportSearch>;
  onApply: (filters: Partial<ReportFilters>) => void;
  /** The filters on screen cannot be shown (e.g. a reversed range): results below are stale. */
  onInvalid: () => void;
}

/** Which devices and which UTC range; "Show report" writes them to the URL. */
export function ReportFiltersForm({ search, onApply, onInvalid }: ReportFiltersProps) {
  const { i18n } = useLingui();
  const form = useForm<FilterFormValues>({
    mode: 'controlled',
    initialValues: initialFormValues(search),
    validate: (values) => validateFilterForm(i18n, values),
  });
  const submit = form.onSubmit((values) => onApply(toFilters(values)), onInvalid);

  return (
    <Paper withBorder p="md">
      <form
        onSubmit={submit}
        aria-label={i18n._({ id: 'report.filters', message: 'Report filters' })}
      >
        <Stack gap="md">
          <DevicePicker form={form} />
          <RangePicker
            form={form}
            onPreset={() => {
              // A preset shows the report at once when devices are already chosen.
              if (!form.validate().hasErrors) onApply(toFilters(form.getValues()));
              else onInvalid();
            }}
          />
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
