import type { Database } from 'better-sqlite3';

import type {
  JobStatus,
  JobType,
  OtaJobInfo,
  OtaTag,
  SelectionType,
  SimpleOtaJobInfo,
  TargetSelection,
} from '../../shared/cloud';
import { business } from '../rpc/errors';
import { utcIso, utcIsoOrNull } from '../time';
import { stmt } from './statements';

export interface JobRow {
  job_id: string;
  firmware_id: string;
  product_key: string;
  job_status: JobStatus;
  job_type: JobType;
  selection_type: SelectionType;
  target_selection: TargetSelection;
  name: string;
  job_desc: string;
  dest_version: string;
  src_versions: string;
  need_confirm: number;
  need_push: number;
  timeout_minutes: number | null;
  retry_count: number | null;
  retry_interval: number | null;
  maximum_per_minute: number;
  tags: string;
  utc_create: number;
  utc_modified: number;
  utc_start: number;
  utc_end: number | null;
  utc_schedule: number | null;
  utc_schedule_finish: number | null;
}

export function toSimpleJob(row: JobRow): SimpleOtaJobInfo {
  return {
    JobId: row.job_id,
    FirmwareId: row.firmware_id,
    ProductKey: row.product_key,
    JobStatus: row.job_status,
    JobType: row.job_type,
    SelectionType: row.selection_type,
    TargetSelection: row.target_selection,
    Tags: { OtaTagDTO: JSON.parse(row.tags) as OtaTag[] },
    UtcCreate: utcIso(row.utc_create),
    UtcModified: utcIso(row.utc_modified),
    UtcStartTime: utcIso(row.utc_start),
    UtcEndTime: utcIsoOrNull(row.utc_end),
  };
}

export function toJobInfo(row: JobRow): OtaJobInfo {
  return {
    ...toSimpleJob(row),
    Name: row.name,
    JobDesc: row.job_desc,
    DestVersion: row.dest_version,
    SrcVersions: { SrcVersion: JSON.parse(row.src_versions) as string[] },
    NeedConfirm: row.need_confirm === 1,
    NeedPush: row.need_push === 1,
    TimeoutInMinutes: row.timeout_minutes,
    RetryCount: row.retry_count,
    RetryInterval: row.retry_interval,
    MaximumPerMinute: row.maximum_per_minute,
    OverwriteMode: 1,
    DownloadProtocol: 'HTTPS',
    MultiModuleMode: false,
    GrayPercent: row.target_selection === 'GRAY' ? '30.000' : null,
    UtcScheduleTime: utcIsoOrNull(row.utc_schedule),
    UtcScheduleFinishTime: utcIsoOrNull(row.utc_schedule_finish),
  };
}

export function requireJob(db: Database, jobId: string, firmwareId?: string): JobRow {
  const row = stmt(db, 'SELECT * FROM jobs WHERE job_id = ?').get(jobId) as JobRow | undefined;
  if (!row || (firmwareId !== undefined && row.firmware_id !== firmwareId))
    throw business.jobNotFound(jobId);
  return row;
}

/** Newest first. */
export function listJobsByFirmware(
  db: Database,
  firmwareId: string,
  offset: number,
  limit: number,
) {
  const total = (
    stmt(db, 'SELECT COUNT(*) AS n FROM jobs WHERE firmware_id = ?').get(firmwareId) as {
      n: number;
    }
  ).n;
  const rows = stmt(
    db,
    'SELECT * FROM jobs WHERE firmware_id = ? ORDER BY id DESC LIMIT ? OFFSET ?',
  ).all(firmwareId, limit, offset) as JobRow[];
  return { total, rows };
}

/** An in-progress job whose tasks have all finished becomes COMPLETED. */
export function settleJobs(db: Database, jobIds: Iterable<string>, now: number): void {
  const settle = stmt(
    db,
    `UPDATE jobs SET job_status = 'COMPLETED', utc_end = ?, utc_modified = ?
     WHERE job_id = ? AND job_status = 'IN_PROGRESS' AND NOT EXISTS (
       SELECT 1 FROM tasks WHERE tasks.job_id = jobs.job_id AND task_status IN ('CONFIRM', 'QUEUED', 'NOTIFIED', 'IN_PROGRESS'))`,
  );
  for (const jobId of new Set(jobIds)) settle.run(now, now, jobId);
}
