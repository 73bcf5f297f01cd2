import type { I18n, MessageDescriptor } from '@lingui/core';
import { useLingui } from '@lingui/react';
import { Group, Stack } from '@mantine/core';

import type { Firmware, UpgradeJob } from '../../../../shared/contract/firmware';
import { LazySelect } from '../../../components/lazy-select';
import { QueryError } from '../../../components/query-error';
import { useAfterPaint } from '../../../hooks/use-after-paint';
import { formatTime } from '../../../lib/time/format-time';
import { useTimeZone } from '../../../lib/time/use-time-zone';
import { useFirmware, useUpgradeJobs } from '../api/get-firmware';

export const firmwareLabel = (f: Firmware) =>
  `${f.firmwareName} (${f.moduleName}, ${f.srcVersion} → ${f.destVersion})`;

/** The platform's job statuses (ListOTAJobByFirmware); one it adds later is shown as it comes. */
const JOB_STATUS: Record<string, MessageDescriptor> = {
  PLANNED: /*i18n*/ { id: 'job.status.PLANNED', message: 'planned' },
  SCHEDULED: /*i18n*/ { id: 'job.status.SCHEDULED', message: 'scheduled' },
  IN_PROGRESS: /*i18n*/ { id: 'job.status.IN_PROGRESS', message: 'in progress' },
  COMPLETED: /*i18n*/ { id: 'job.status.COMPLETED', message: 'completed' },
  CANCELED: /*i18n*/ { id: 'job.status.CANCELED', message: 'cancelled' },
};

/** A job as its options name it; its start time in `zone` (the user's, see useTimeZone). */
export function jobLabel(i18n: I18n, job: UpgradeJob, zone: string): string {
  const tag = job.tags.map((t) => `${t.key} ${t.value}`).join(', ');
  const known = JOB_STATUS[job.jobStatus];
  return i18n._({
    id: 'job.label',
    message: '{tags}{status} · started {start} · {jobId}',
    values: {
      tags: tag ? `${tag} · ` : '',
      status: known ? i18n._(known) : job.jobStatus.replace('_', ' ').toLowerCase(),
      start: formatTime(job.utcStart, zone, { seconds: false }),
      jobId: job.jobId,
    },
  });
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
  const { i18n } = useLingui();
  const { zone } = useTimeZone();
  const { firmware, options } = useFirmwareOptions(productKey);
  const jobs = useUpgradeJobs(productKey, firmwareId, useAfterPaint());
  const jobOptions = (jobs.data?.items ?? []).map((job) => ({
    value: job.jobId,
    label: jobLabel(i18n, job, zone),
  }));

  return (
    <Stack gap="xs">
      <Group align="flex-end" grow preventGrowOverflow={false}>
        <LazySelect
          label={i18n._({ id: 'tasks.firmware', message: 'Firmware' })}
          placeholder={
            firmware.isPending
              ? i18n._({ id: 'tasks.loadingFirmware', message: 'Loading…' })
              : i18n._({ id: 'tasks.pickFirmwarePackage', message: 'Pick a firmware package' })
          }
          data={options}
          value={firmwareId || null}
          onChange={(value) => onChange({ firmwareId: value ?? '' })}
          // The page always shows one firmware (the newest by default): picking it again keeps it.
          allowDeselect={false}
          searchable
          nothingFoundMessage={i18n._({
            id: 'tasks.noFirmwareMatches',
            message: 'No firmware package matches',
          })}
          // The field turns red; what failed, its RequestId and a retry are said below.
          error={firmware.isError}
          miw={280}
        />
        <LazySelect
          label={i18n._({ id: 'tasks.job', message: 'Upgrade job' })}
          placeholder={
            firmwareId
              ? i18n._({ id: 'tasks.allJobs', message: 'All jobs of this firmware' })
              : i18n._({ id: 'tasks.firmwareFirst', message: 'Pick a firmware first' })
          }
          data={jobOptions}
          value={jobId || null}
          onChange={(value) => onChange({ jobId: value ?? '' })}
          disabled={!firmwareId}
          clearable
          error={jobs.isError}
          miw={280}
        />
      </Group>
      {firmware.isError && (
        <QueryError
          error={firmware.error}
          title={i18n._({
            id: 'tasks.firmwareFailed',
            message: 'Could not load the firmware packages',
          })}
          onRetry={() => void firmware.refetch()}
        />
      )}
      {jobs.isError && (
        <QueryError
          error={jobs.error}
          title={i18n._({ id: 'tasks.jobsFailed', message: 'Could not load the upgrade jobs' })}
          onRetry={() => void jobs.refetch()}
        />
      )}
    </Stack>
  );
}
