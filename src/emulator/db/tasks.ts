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

type Value = string | number;

/** `column = ?` for a value, `column IN (…)` for a list; undefined conditions are left out. */
function conditions(pairs: Array<[column: string, value: Value | readonly Value[] | undefined]>) {
  const clauses: string[] = [];
  const args: Value[] = [];
  for (const [column, value] of pairs) {
    if (value === undefined) continue;
    if (typeof value === 'object') {
      clauses.push(`${column} IN (${value.map(() => '?').join(', ')})`);
      args.push(...value);
    } else {
      clauses.push(`${column} = ?`);
      args.push(value);
    }
  }
  return { clauses, args };
}

function whereOf(filter: TaskFilter) {
  const { clauses, args } = conditions([
    ['t.job_id', filter.jobId],
    ['t.firmware_id', filter.firmwareId],
    ['t.task_status', filter.status],
    ['t.device_name', filter.deviceNames],
  ]);
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
  const { clauses, args } = conditions([
    ['task_status', statuses],
    ['firmware_id', scope.firmwareId],
    ['job_id', scope.jobId],
    ['device_id', scope.deviceIds],
  ]);
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
