import { SegmentedControl, Select, SimpleGrid, Stack, Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';

import type { FirmwareList, UpgradeJobList } from '../../../../shared/contract/firmware';
import { splitDeviceIds } from '../../../../shared/contract/reports';
import {
  firmwareQueryOptions,
  upgradeJobsQueryOptions,
} from '../../upgrade-tasks/api/get-firmware';
import { firmwareLabel, jobLabel } from '../../upgrade-tasks/components/firmware-picker';
import { reportProductsQueryOptions } from '../api/report-queries';
import type { FilterFormValues } from './filter-form-values';

// Stable selectors: TanStack Query then keeps the same option arrays between renders.
const firmwareOptions = (list: FirmwareList) =>
  list.items.map((f) => ({ value: f.firmwareId, label: firmwareLabel(f) }));
const jobOptions = (list: UpgradeJobList) =>
  list.items.map((job) => ({ value: job.jobId, label: jobLabel(job) }));

/** Devices by product → firmware → job on the IoT side, or by pasted device names or terminal ids. */
export function DevicePicker({ form }: { form: UseFormReturnType<FilterFormValues> }) {
  const { by, productKey, firmwareId, ids } = form.values;
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
    select: jobOptions,
  });
  const count = splitDeviceIds(ids).length;

  return (
    <Stack gap="xs">
      <SegmentedControl
        aria-label="Choose devices"
        value={by}
        onChange={(value) => form.setFieldValue('by', value as FilterFormValues['by'])}
        data={[
          { value: 'source', label: 'Product, firmware or job' },
          { value: 'ids', label: 'Device ids' },
        ]}
      />
      {by === 'source' ? (
        <SimpleGrid cols={{ base: 1, md: 3 }}>
          <Select
            label="Product"
            placeholder="Choose a product"
            searchable
            // Picking the chosen product again keeps it (a product is always chosen by default).
            allowDeselect={false}
            data={(products.data?.items ?? []).map((p) => ({
              value: p.productKey,
              label: p.productName,
            }))}
            {...form.getInputProps('productKey')}
            onChange={(value) =>
              form.setValues({ productKey: value ?? '', firmwareId: '', jobId: '' })
            }
          />
          <Select
            label="Firmware"
            placeholder={productKey ? 'Any firmware' : 'Choose a product first'}
            clearable
            searchable
            disabled={!productKey}
            data={firmware.data ?? []}
            {...form.getInputProps('firmwareId')}
            onChange={(value) => form.setValues({ firmwareId: value ?? '', jobId: '' })}
          />
          <Select
            label="Job"
            placeholder={firmwareId ? 'Any job' : 'Choose firmware first'}
            clearable
            searchable
            disabled={!firmwareId}
            data={jobs.data ?? []}
            {...form.getInputProps('jobId')}
            onChange={(value) => form.setFieldValue('jobId', value ?? '')}
          />
        </SimpleGrid>
      ) : (
        <Textarea
          label="Device ids"
          description={`Device names or terminal ids, separated by commas, spaces or new lines${count ? ` — ${count} given` : ''}`}
          autosize
          minRows={2}
          maxRows={6}
          {...form.getInputProps('ids')}
        />
      )}
    </Stack>
  );
}
