import type { Database } from 'better-sqlite3';

import type { SimpleOtaTaskInfo, TaskStatus, UnfinishedOtaTaskInfo } from '../../shared/cloud';
import { utcIso } from '../time';
import { stmt } from './statements';

export interface TaskRow {
  id: number;
  task_id: string;
  job_id: string;
  firmware_id: string;
  product_key: string;
  device_id: number;
  device_name: string;
  module_name: string;
  src_version: string;
  dest_version: string;
  task_status: TaskStatus;
  progress: number;
  task_desc: string;
  timeout_minutes: number | null;
  utc_create: number;
  utc_modified: number;
  iot_id: string;
  product_name: string;
}

const SELECT = `SELECT t.*, d.iot_id, p.product_name FROM tasks t
  JOIN devices d ON d.id = t.device_id JOIN products p ON p.product_key = t.product_key`;

/** A task as ListOTATaskByJob lists it (the fields of the SDK model, nothing more). */
export function toSimpleTask(row: TaskRow): SimpleOtaTaskInfo {
  return {
    TaskId: row.task_id,
    JobId: row.job_id,
    FirmwareId: row.firmware_id,
    ProductKey: row.product_key,
    ProductName: row.product_name,
    DeviceName: row.device_name,
    IotId: row.iot_id,
    SrcVersion: row.src_version,
    DestVersion: row.dest_version,
    TaskStatus: row.task_status,
    Progress: String(row.progress),
    TaskDesc: row.task_desc,
    Timeout: row.timeout_minutes === null ? null : String(row.timeout_minutes),
    UtcCreate: utcIso(row.utc_create),
    UtcModified: utcIso(row.utc_modified),
  };
}

/** A task as ListOTAUnfinishedTaskByDevice lists it: with ModuleName, without progress fields. */
export function toUnfinishedTask(row: TaskRow): UnfinishedOtaTaskInfo {
  return {
    TaskId: row.task_id,
    JobId: row.job_id,
    FirmwareId: row.firmware_id,
    ModuleName: row.module_name,
    ProductKey: row.product_key,
    ProductName: row.product_name,
    DeviceName: row.device_name,
    IotId: row.iot_id,
    SrcVersion: row.src_version,
    DestVersion: row.dest_version,
    TaskStatus: row.task_status,
    UtcCreate: utcIso(row.utc_create),
    UtcModified: utcIso(row.utc_modified),
  };
}

export interface TaskFilter {
  jobId?: string;
  firmwareId?: string;
  status?: TaskStatus;
  deviceNames?: string[];
}

function whereOf(filter: TaskFilter) {
  const clauses: string[] = [];
  const args: string[] = [];
  if (filter.jobId !== undefined) {
    clauses.push('t.job_id = ?');
    args.push(filter.jobId);
  }
  if (filter.firmwareId !== undefined) {
    clauses.push('t.firmware_id = ?');
    args.push(filter.firmwareId);
  }
  if (filter.status !== undefined) {
    clauses.push('t.task_status = ?');
    args.push(filter.status);
  }
  if (filter.deviceNames !== undefined) {
    clauses.push(`t.device_name IN (${filter.deviceNames.map(() => '?').join(', ')})`);
    args.push(...filter.deviceNames);
  }
  return { where: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', args };
}

/** One page of tasks in creation order; every filter is served by an index on (job|firmware, …). */
export function listTasks(db: Database, filter: TaskFilter, offset: number, limit: number) {
  const { where, args } = whereOf(filter);
  const total = (
    stmt(db, `SELECT COUNT(*) AS n FROM tasks t ${where}`).get(...args) as { n: number }
  ).n;
  const rows = stmt(db, `${SELECT} ${where} ORDER BY t.id LIMIT ? OFFSET ?`).all(
    ...args,
    limit,
    offset,
  ) as TaskRow[];
  return { total, rows };
}

export function unfinishedTasksOfDevice(
  db: Database,
  deviceId: number,
  statuses: readonly TaskStatus[],
  moduleName?: string,
) {
  const moduleClause = moduleName === undefined ? '' : 'AND t.module_name = ?';
  const args: Array<string | number> = [deviceId, ...statuses];
  if (moduleName !== undefined) args.push(moduleName);
  return stmt(
    db,
    `${SELECT} WHERE t.device_id = ? AND t.task_status IN (${statuses.map(() => '?').join(', ')}) ${moduleClause} ORDER BY t.id`,
  ).all(...args) as TaskRow[];
}

/** Cancels the matching tasks; returns the affected job ids. */
export function cancelTasks(
  db: Database,
  scope: { firmwareId?: string; jobId?: string; deviceIds?: number[] },
  statuses: readonly TaskStatus[],
  now: number,
): { changed: number; jobIds: string[] } {
  const clauses = [`task_status IN (${statuses.map(() => '?').join(', ')})`];
  const args: Array<string | number> = [...statuses];
  if (scope.firmwareId !== undefined) {
    clauses.push('firmware_id = ?');
    args.push(scope.firmwareId);
  }
  if (scope.jobId !== undefined) {
    clauses.push('job_id = ?');
    args.push(scope.jobId);
  }
  if (scope.deviceIds !== undefined) {
    clauses.push(`device_id IN (${scope.deviceIds.map(() => '?').join(', ')})`);
    args.push(...scope.deviceIds);
  }
  const where = clauses.join(' AND ');
  const jobIds = (
    stmt(db, `SELECT DISTINCT job_id FROM tasks WHERE ${where}`).all(...args) as Array<{
      job_id: string;
    }>
  ).map((row) => row.job_id);
  const result = stmt(
    db,
    `UPDATE tasks SET task_status = 'CANCELED', task_desc = 'Canceled by user', utc_modified = ? WHERE ${where}`,
  ).run(now, ...args);
  return { changed: result.changes, jobIds };
}
