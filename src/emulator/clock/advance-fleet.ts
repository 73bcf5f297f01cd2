import type { Database } from 'better-sqlite3';

import type { ReportStatus, TaskStatus } from '../../shared/cloud';
import { settleJobs } from '../db/jobs';
import { TASK_DESC, upgradeInfoText } from '../db/seed';
import { stmt } from '../db/statements';
import { MINUTE } from '../time';

/** Mean time a task spends in each moving status (exponential waits). */
export const MEAN_WAIT_MS = {
  QUEUED: 20 * MINUTE,
  NOTIFIED: 5 * MINUTE,
  IN_PROGRESS: 10 * MINUTE,
} as const;
/** Share of pushes that fail to reach the device (report status -1; the task stays queued and is retried). */
export const PUSH_FAILURE_RATE = 0.03;
/** Share of upgrades that end FAILED rather than SUCCEEDED. */
export const UPGRADE_FAILURE_RATE = 0.1;

const MAX_CHUNKS = 50;
/** Mean time between progress reports of an upgrading device. */
const PROGRESS_EVERY_MS = MINUTE;
/** Above this per-chunk probability every task is rolled; below it a few random tasks are sampled. */
const FULL_PASS_PROBABILITY = 0.2;
const FAILURES = ['Download timeout', 'Checksum mismatch', 'Flash write failed'];
/** Later statuses first, so a task moves at most one step per chunk. */
const MOVING = ['IN_PROGRESS', 'NOTIFIED', 'QUEUED'] as const;
type Moving = (typeof MOVING)[number];

interface MovingTask {
  id: number;
  job_id: string;
  firmware_id: string;
  device_id: number;
  task_status: TaskStatus;
  progress: number;
}

const COLUMNS = 'id, job_id, firmware_id, device_id, task_status, progress';

/**
 * Moves tasks queued → notified → in progress → succeeded/failed over the simulated interval, writing
 * the matching report records (1 waiting for download, 2 downloading, 3 succeeded, 4 failed, -1 push failed).
 * CONFIRM tasks wait for a confirmation that the console never sends, so they stay put.
 * Short ticks sample a handful of tasks through the index, so a 100,000-device fleet ticks cheaply.
 */
export function advanceFleet(
  db: Database,
  fromMs: number,
  toMs: number,
  random: () => number = Math.random,
): void {
  const span = toMs - fromMs;
  if (span <= 0) return;
  const chunks = Math.min(MAX_CHUNKS, Math.max(1, Math.ceil(span / MINUTE)));
  const chunk = span / chunks;
  const infoIds = new Map<string, number>();
  const touchedJobs = new Set<string>();
  const move = (task: MovingTask, at: number) => {
    touchedJobs.add(task.job_id);
    moveTask(db, task, at, random, (firmwareId) => infoIdOf(db, infoIds, firmwareId));
  };
  for (let k = 1; k <= chunks; k++) {
    const at = Math.round(fromMs + chunk * k);
    for (const status of MOVING) {
      const probability = 1 - Math.exp(-chunk / MEAN_WAIT_MS[status]);
      for (const task of pick(db, status, probability, random)) move(task, at);
    }
    const bumpProbability = 1 - Math.exp(-chunk / PROGRESS_EVERY_MS);
    for (const task of pick(db, 'IN_PROGRESS', bumpProbability, random)) {
      const progress = Math.min(99, task.progress + 5 + Math.floor(random() * 15));
      setTask(db, task.id, 'IN_PROGRESS', progress, TASK_DESC.IN_PROGRESS, at);
    }
  }
  settleJobs(db, touchedJobs, toMs);
}

/** Each task of the status with the given probability: a full pass, or index lookups at random ids. */
function pick(
  db: Database,
  status: Moving,
  probability: number,
  random: () => number,
): MovingTask[] {
  if (probability >= FULL_PASS_PROBABILITY) {
    const all = stmt(db, `SELECT ${COLUMNS} FROM tasks WHERE task_status = ?`).all(
      status,
    ) as MovingTask[];
    return all.filter(() => random() < probability);
  }
  const { n } = stmt(
    db,
    `SELECT COUNT(*) AS n FROM tasks WHERE task_status = '${status}'`,
  ).get() as {
    n: number;
  };
  const expected = n * probability;
  const count = Math.floor(expected) + (random() < expected % 1 ? 1 : 0);
  if (count === 0) return [];
  // Two statements: SQLite answers a lone MIN or MAX from the b-tree edge, but both together scan.
  const { lo } = stmt(db, 'SELECT MIN(id) AS lo FROM tasks').get() as { lo: number };
  const { hi } = stmt(db, 'SELECT MAX(id) AS hi FROM tasks').get() as { hi: number };
  const next = stmt(
    db,
    `SELECT ${COLUMNS} FROM tasks WHERE task_status = '${status}' AND id >= ? ORDER BY id LIMIT 1`,
  );
  const picked = new Map<number, MovingTask>();
  for (let i = 0; i < count; i++) {
    const task = (next.get(lo + Math.floor(random() * (hi - lo + 1))) ?? next.get(lo)) as
      MovingTask | undefined;
    if (task) picked.set(task.id, task);
  }
  return [...picked.values()];
}

function moveTask(
  db: Database,
  task: MovingTask,
  at: number,
  random: () => number,
  infoOf: (firmwareId: string) => number,
) {
  const info = infoOf(task.firmware_id);
  if (task.task_status === 'QUEUED') {
    if (random() < PUSH_FAILURE_RATE) {
      insertReport(db, task, info, -1, at);
      setTask(db, task.id, 'QUEUED', 0, 'Push failed; retrying', at);
    } else {
      insertReport(db, task, info, 1, at);
      setTask(db, task.id, 'NOTIFIED', 0, TASK_DESC.NOTIFIED, at);
    }
  } else if (task.task_status === 'NOTIFIED') {
    setTask(db, task.id, 'IN_PROGRESS', 1 + Math.floor(random() * 10), TASK_DESC.IN_PROGRESS, at);
    updateReport(db, task, info, 2, at);
  } else if (random() < UPGRADE_FAILURE_RATE) {
    setTask(
      db,
      task.id,
      'FAILED',
      task.progress,
      FAILURES[Math.floor(random() * FAILURES.length)] ?? 'Failed',
      at,
    );
    updateReport(db, task, info, 4, at);
  } else {
    setTask(db, task.id, 'SUCCEEDED', 100, TASK_DESC.SUCCEEDED, at);
    updateReport(db, task, info, 3, at);
  }
}

function setTask(
  db: Database,
  id: number,
  status: TaskStatus,
  progress: number,
  desc: string,
  at: number,
): void {
  stmt(
    db,
    'UPDATE tasks SET task_status = ?, progress = ?, task_desc = ?, utc_modified = ? WHERE id = ?',
  ).run(status, progress, desc, at, id);
}

function insertReport(
  db: Database,
  task: MovingTask,
  infoId: number,
  status: ReportStatus,
  at: number,
): void {
  stmt(
    db,
    'INSERT INTO reports (device_id, task_id, info_id, status, send_time, date_time) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(task.device_id, task.id, infoId, status, at, at);
}

/** Updates the task's latest report record, or starts one if the push predates the records. */
function updateReport(
  db: Database,
  task: MovingTask,
  infoId: number,
  status: ReportStatus,
  at: number,
): void {
  const result = stmt(
    db,
    'UPDATE reports SET status = ?, date_time = ? WHERE id = (SELECT MAX(id) FROM reports WHERE task_id = ? AND status <> -1)',
  ).run(status, at, task.id);
  if (result.changes === 0) insertReport(db, task, infoId, status, at);
}

function infoIdOf(db: Database, cache: Map<string, number>, firmwareId: string): number {
  const cached = cache.get(firmwareId);
  if (cached !== undefined) return cached;
  const fw = stmt(
    db,
    'SELECT product_key, dest_version, firmware_name FROM firmware WHERE firmware_id = ?',
  ).get(firmwareId) as
    { product_key: string; dest_version: string; firmware_name: string } | undefined;
  const text = fw ? upgradeInfoText(fw.product_key, fw.dest_version, fw.firmware_name) : '{}';
  const row = stmt(db, 'SELECT id FROM upgrade_infos WHERE text = ? LIMIT 1').get(text) as
    { id: number } | undefined;
  const id =
    row?.id ??
    Number(stmt(db, 'INSERT INTO upgrade_infos (text) VALUES (?)').run(text).lastInsertRowid);
  cache.set(firmwareId, id);
  return id;
}
