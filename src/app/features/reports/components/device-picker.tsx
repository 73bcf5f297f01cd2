import type { I18n } from '@lingui/core';
import { useLingui } from '@lingui/react';
import { SimpleGrid, Stack, Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';

import type { FirmwareList, UpgradeJobList } from '../../../../shared/contract/firmware';
import { splitDeviceIds } from '../../../../shared/report/report-limits';
import { LazySelect } from '../../../components/lazy-select';
import { useTimeZone } from '../../../lib/time/use-time-zone';
import {
  firmwareQueryOptions,
  upgradeJobsQueryOptions,
} from '../../upgrade-tasks/api/get-firmware';
import { firmwareLabel, jobLabel } from '../../upgrade-tasks/components/firmware-picker';
import { reportProductsQueryOptions } from '../api/report-queries';
import type { FilterFormValues } from './filter-form-values';
import { PlainSegmentedControl } from './plain-segmented-control';

// Stable selectors per language and zone: TanStack Query then keeps the same option arrays between renders.
const firmwareOptions = (list: FirmwareList) =>
  list.items.map((f) => ({ value: f.firmwareId, label: firmwareLabel(f) }));
const jobSelectors = new Map<
  string,
  (list: UpgradeJobList) => { value: string; label: string }[]
>();
function jobOptions(i18n: I18n, zone: string) {
  const key = `${i18n.locale}|${zone}`;
  let select = jobSelectors.get(key);
  if (!select) {
    select = (list) =>
      list.items.map((job) => ({ value: job.jobId, label: jobLabel(i18n, job, zone) }));
    jobSelectors.set(key, select);
  }
  return select;
}

type Option = { value: string; label: string };

/** The options, plus the chosen value when the list lacks it (not read yet, or failed): a link's
 * product, firmware or job stays on screen by its id instead of the placeholder. */
function withChosen(options: readonly Option[], chosen: string): readonly Option[] {
  return chosen && !options.some((o) => o.value === chosen)
    ? [...options, { value: chosen, label: chosen }]
    : options;
}

/** Devices by product → firmware → job on the IoT side, or by pasted device names or terminal ids. */
export function DevicePicker({ form }: { form: UseFormReturnType<FilterFormValues> }) {
  const { by, productKey, firmwareId, ids } = form.values;
  const { i18n } = useLingui();
  const { zone } = useTimeZone();
  const products = useQuery(reportProductsQueryOptions());
  // The same firmware/job queries (and cache) as the tasks page.
  const firmware = useQuery({
    ...firmwareQueryOptions(productKey),
    enabled: by === 'source' && productKey !== '',
    select: firmwareOptions,
  });
  const jobs = useQuery({
    ...upgradeJobsQueryOptions(productKey, firmwareId),
    enabled: by === 'source' && productKey !== '' && firmwareId !== '',
    select: jobOptions(i18n, zone),
  });
  const count = splitDeviceIds(ids).length;

  return (
    <Stack gap="xs">
      <PlainSegmentedControl
        aria-label={i18n._({ id: 'report.by', message: 'Choose devices' })}
        value={by}
        onChange={(value) => form.setFieldValue('by', value)}
        data={[
          {
            value: 'source',
            label: i18n._({ id: 'report.bySource', message: 'Product, firmware or job' }),
          },
          { value: 'ids', label: i18n._({ id: 'report.byIds', message: 'Device names' }) },
        ]}
      />
      {by === 'source' ? (
        <SimpleGrid cols={{ base: 1, md: 3 }}>
          <LazySelect
            label={i18n._({ id: 'report.product', message: 'Product' })}
            placeholder={i18n._({ id: 'report.chooseProduct', message: 'Choose a product' })}
            searchable
            // Picking the chosen product again keeps it (a product is always chosen by default).
            allowDeselect={false}
            data={withChosen(
              (products.data?.items ?? []).map((p) => ({
                value: p.productKey,
                label: p.productName,
              })),
              productKey,
            )}
            {...form.getInputProps('productKey')}
            onChange={(value) =>
              form.setValues({ productKey: value ?? '', firmwareId: '', jobId: '' })
            }
          />
          <LazySelect
            label={i18n._({ id: 'report.firmware', message: 'Firmware' })}
            placeholder={
              productKey
                ? i18n._({ id: 'report.anyFirmware', message: 'Any firmware' })
                : i18n._({ id: 'report.productFirst', message: 'Choose a product first' })
            }
            clearable
            searchable
            disabled={!productKey}
            data={withChosen(firmware.data ?? [], firmwareId)}
            {...form.getInputProps('firmwareId')}
            onChange={(value) => form.setValues({ firmwareId: value ?? '', jobId: '' })}
          />
          <LazySelect
            label={i18n._({ id: 'report.job', message: 'Job' })}
            placeholder={
              firmwareId
                ? i18n._({ id: 'report.anyJob', message: 'Any job' })
                : i18n._({ id: 'report.firmwareFirst', message: 'Choose firmware first' })
            }
            clearable
            searchable
            disabled={!firmwareId}
            data={withChosen(jobs.data ?? [], form.values.jobId)}
            {...form.getInputProps('jobId')}
            onChange={(value) => form.setFieldValue('jobId', value ?? '')}
          />
        </SimpleGrid>
      ) : (
        <Textarea
          label={i18n._({ id: 'report.byIds', message: 'Device names' })}
          description={i18n._({
            id: 'report.idsHint',
            message:
              'Device names or terminal IDs, separated by commas, spaces or new lines{count, plural, =0 {} other { — # given}}',
            values: { count },
          })}
          autosize
          minRows={2}
          maxRows={6}
          {...form.getInputProps('ids')}
        />
      )}
    </Stack>
  );
}
