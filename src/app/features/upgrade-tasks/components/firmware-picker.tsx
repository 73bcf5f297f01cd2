import { Group, Select } from '@mantine/core';

import type { Firmware, UpgradeJob } from '../../../../shared/contract/firmware';
import { formatLocal } from '../../../lib/format';
import { useFirmware, useUpgradeJobs } from '../api/get-firmware';

export const firmwareLabel = (f: Firmware) =>
  `${f.firmwareName} (${f.moduleName}, ${f.srcVersion} → ${f.destVersion})`;

export function jobLabel(job: UpgradeJob): string {
  const tag = job.tags.map((t) => `${t.key} ${t.value}`).join(', ');
  return `${tag ? `${tag} · ` : ''}${job.jobStatus.replace('_', ' ').toLowerCase()} · started ${formatLocal(job.utcStart)} · ${job.jobId}`;
}

export function useFirmwareOptions(productKey: string) {
  const firmware = useFirmware(productKey);
  const options = (firmware.data?.items ?? []).map((f) => ({
    value: f.firmwareId,
    label: firmwareLabel(f),
  }));
  return { firmware, options };
}

interface FirmwarePickerProps {
  productKey: string;
  firmwareId: string;
  jobId: string;
  onChange: (patch: { firmwareId?: string; jobId?: string }) => void;
}

/** Picks the firmware package, then optionally one upgrade job (batch) of it. */
export function FirmwarePicker({ productKey, firmwareId, jobId, onChange }: FirmwarePickerProps) {
  const { firmware, options } = useFirmwareOptions(productKey);
  const jobs = useUpgradeJobs(productKey, firmwareId);
  const jobOptions = (jobs.data?.items ?? []).map((job) => ({
    value: job.jobId,
    label: jobLabel(job),
  }));

  return (
    <Group align="flex-end" grow preventGrowOverflow={false}>
      <Select
        label="Firmware"
        placeholder={firmware.isPending ? 'Loading…' : 'Pick a firmware package'}
        data={options}
        value={firmwareId || null}
        onChange={(value) => onChange({ firmwareId: value ?? '' })}
        // The page always shows one firmware (the newest by default): picking it again keeps it.
        allowDeselect={false}
        searchable
        nothingFoundMessage="No firmware package matches"
        error={firmware.isError ? firmware.error.message : undefined}
        miw={280}
      />
      <Select
        label="Upgrade job"
        placeholder={firmwareId ? 'All jobs of this firmware' : 'Pick a firmware first'}
        data={jobOptions}
        value={jobId || null}
        onChange={(value) => onChange({ jobId: value ?? '' })}
        disabled={!firmwareId}
        clearable
        error={jobs.isError ? jobs.error.message : undefined}
        miw={280}
      />
    </Group>
  );
}
