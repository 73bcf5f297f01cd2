import { useLingui } from '@lingui/react';
import { Button, Group, Paper, SimpleGrid, Stack } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';

import { splitDeviceIds } from '../../../../shared/report/report-limits';
import { reportProductsQueryOptions } from '../api/report-queries';
import type { ReportSearch } from '../api/report-search';
import { initialFormValues, unreadableTimes } from './filter-form-values';
import { LocalTime } from './local-time';
import { PlainField } from './plain-field';
import { PlainSegmentedControl } from './plain-segmented-control';
import { PRESETS } from './range-presets';

/** Mantine's ComboboxChevron, as a select's closed field shows it. */
const chevron = (
  <svg
    className="m_2943220b"
    data-combobox-chevron="true"
    viewBox="0 0 15 15"
    fill="none"
    aria-hidden
  >
    <path
      d="M4.93179 5.43179C4.75605 5.60753 4.75605 5.89245 4.93179 6.06819C5.10753 6.24392 5.39245 6.24392 5.56819 6.06819L7.49999 4.13638L9.43179 6.06819C9.60753 6.24392 9.89245 6.24392 10.0682 6.06819C10.2439 5.89245 10.2439 5.60753 10.0682 5.43179L7.81819 3.18179C7.73379 3.0974 7.61933 3.04999 7.49999 3.04999C7.38064 3.04999 7.26618 3.0974 7.18179 3.18179L4.93179 5.43179ZM10.0682 9.56819C10.2439 9.39245 10.2439 9.10753 10.0682 8.93179C9.89245 8.75606 9.60753 8.75606 9.43179 8.93179L7.49999 10.8636L5.56819 8.93179C5.39245 8.75606 5.10753 8.75606 4.93179 8.93179C4.75605 9.10753 4.75605 9.39245 4.93179 9.56819L7.18179 11.8182C7.35753 11.9939 7.64245 11.9939 7.81819 11.8182L10.0682 9.56819Z"
      fill="currentColor"
      fillRule="evenodd"
      clipRule="evenodd"
    />
  </svg>
);

/**
 * The report form as it first shows, drawn with plain elements and inert: the same boxes, words and
 * values as ReportFiltersForm (report-filters.tsx), so nothing moves when the form replaces it. The
 * form's code (its inputs, @mantine/form and its checks) loads after the report's figures.
 */
export function ReportFiltersStandIn({ search }: { search: Partial<ReportSearch> }) {
  const { i18n } = useLingui();
  const products = useQuery(reportProductsQueryOptions());
  const values = initialFormValues(search);
  const timeErrors = unreadableTimes(i18n, values);
  const productName =
    products.data?.items.find((p) => p.productKey === values.productKey)?.productName ??
    values.productKey;
  const timeFormat = i18n._({
    id: 'time.input.format',
    message: 'YYYY-MM-DD HH:mm, 24-hour clock',
  });
  const timePlaceholder = i18n._({ id: 'time.input.placeholder', message: 'YYYY-MM-DD HH:mm' });
  const time = (field: 'from' | 'to', label: string) => (
    <div>
      <PlainField
        label={label}
        description={timeFormat}
        placeholder={timePlaceholder}
        value={values[field]}
        error={timeErrors[field]}
      />
      <LocalTime value={values[field]} />
    </div>
  );
  // Mantine's Textarea grows with its text, between 2 and 6 rows.
  const idRows = Math.min(6, Math.max(2, values.ids.split('\n').length));

  return (
    <Paper withBorder p="md">
      <div inert data-testid="report-filters-stand-in">
        <Stack gap="md">
          <Stack gap="xs">
            <PlainSegmentedControl
              aria-label={i18n._({ id: 'report.by', message: 'Choose devices' })}
              value={values.by}
              data={[
                {
                  value: 'source',
                  label: i18n._({ id: 'report.bySource', message: 'Product, firmware or job' }),
                },
                { value: 'ids', label: i18n._({ id: 'report.byIds', message: 'Device names' }) },
              ]}
            />
            {values.by === 'source' ? (
              <SimpleGrid cols={{ base: 1, md: 3 }}>
                <PlainField
                  label={i18n._({ id: 'report.product', message: 'Product' })}
                  placeholder={i18n._({ id: 'report.chooseProduct', message: 'Choose a product' })}
                  value={productName}
                  rightSection={chevron}
                />
                <PlainField
                  label={i18n._({ id: 'report.firmware', message: 'Firmware' })}
                  placeholder={
                    values.productKey
                      ? i18n._({ id: 'report.anyFirmware', message: 'Any firmware' })
                      : i18n._({ id: 'report.productFirst', message: 'Choose a product first' })
                  }
                  value={values.firmwareId}
                  disabled={!values.productKey}
                  rightSection={chevron}
                />
                <PlainField
                  label={i18n._({ id: 'report.job', message: 'Job' })}
                  placeholder={
                    values.firmwareId
                      ? i18n._({ id: 'report.anyJob', message: 'Any job' })
                      : i18n._({ id: 'report.firmwareFirst', message: 'Choose firmware first' })
                  }
                  value={values.jobId}
                  disabled={!values.firmwareId}
                  rightSection={chevron}
                />
              </SimpleGrid>
            ) : (
              <PlainField
                label={i18n._({ id: 'report.byIds', message: 'Device names' })}
                description={i18n._({
                  id: 'report.idsHint',
                  message:
                    'Device names or terminal IDs, separated by commas, spaces or new lines{count, plural, =0 {} other { — # given}}',
                  values: { count: splitDeviceIds(values.ids).length },
                })}
                value={values.ids}
                rows={idRows}
              />
            )}
          </Stack>
          <Stack gap="xs">
            <Group gap="xs">
              {PRESETS.map(({ preset, label }) => (
                <Button key={preset} size="xs" variant="default">
                  {i18n._(label)}
                </Button>
              ))}
            </Group>
            <Group align="flex-start" grow>
              {time('from', i18n._({ id: 'report.fromUtc', message: 'From (UTC)' }))}
              {time('to', i18n._({ id: 'report.toUtc', message: 'To (UTC)' }))}
            </Group>
          </Stack>
          <Group justify="flex-end">
            <Button leftSection={<IconSearch size={16} aria-hidden />}>
              {i18n._({ id: 'report.show', message: 'Show report' })}
            </Button>
          </Group>
        </Stack>
      </div>
    </Paper>
  );
}
