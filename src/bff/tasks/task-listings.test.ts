import path from 'node:path';

import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { UpgradeTaskListAnswer } from '../../shared/contract/upgrade-tasks';
import { type Harness, startHarness } from '../testing/harness';

/**
 * A firmware with 40 upgrade jobs, against the emulator in strict mode (no ListOTATaskByFirmware):
 * the tasks page's whole-firmware listing reads ListOTAJobByFirmware, then ListOTATaskByJob per job,
 * at most 10 calls a second, and says how far it has come meanwhile.
 */
let h: Harness;
let viewer: string;
let db: Database.Database;
const PK = 'a1AssetTrk1';
const JOBS = 40;
let firmwareId: string;

beforeAll(async () => {
  h = await startHarness({}, { strict: true });
  viewer = await h.login('viewer');
  db = new Database(path.join(h.config.dataDir, 'emulator.sqlite'));
  const job = db
    .prepare(
      `SELECT j.job_id, j.firmware_id FROM jobs j JOIN firmware f ON f.firmware_id = j.firmware_id
       WHERE j.product_key = ? AND f.firmware_name = 'T1-main-2.4.0' LIMIT 1`,
    )
    .get(PK) as { job_id: string; firmware_id: string };
  firmwareId = job.firmware_id;
  // The cloud's own state: more jobs of the firmware, its tasks spread over them.
  const columns = (db.prepare('PRAGMA table_info(jobs)').all() as Array<{ name: string }>)
    .map((c) => c.name)
    .filter((name) => name !== 'id' && name !== 'job_id');
  const have = (
    db.prepare('SELECT COUNT(*) AS n FROM jobs WHERE firmware_id = ?').get(firmwareId) as {
      n: number;
    }
  ).n;
  const copy = db.prepare(
    `INSERT INTO jobs (job_id, ${columns.join(', ')}) SELECT ?, ${columns.join(', ')} FROM jobs WHERE job_id = ?`,
  );
  const move = db.prepare('UPDATE tasks SET job_id = ? WHERE firmware_id = ? AND id % ? = ?');
  for (let i = 0; i < JOBS - have; i++) {
    const id = `Bench${String(i).padStart(4, '0')}Job`;
    copy.run(id, job.job_id);
    move.run(id, firmwareId, JOBS, i);
  }
});
afterAll(async () => {
  db?.close();
  await h?.close();
});

const ask = async (query: string) => {
  const response = await h.request(
    'GET',
    `/api/products/${PK}/firmware/${firmwareId}/tasks?${query}`,
    { cookie: viewer },
  );
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as UpgradeTaskListAnswer;
};

describe('a whole firmware’s tasks across 40 jobs', () => {
  it('answers progress ("job 3 of 40") until the page is read, within 10 calls a second', async () => {
    const jobs = (
      db.prepare('SELECT COUNT(*) AS n FROM jobs WHERE firmware_id = ?').get(firmwareId) as {
        n: number;
      }
    ).n;
    expect(jobs).toBe(JOBS);
    await fetch(`${h.emulator.url}/__emulator/calls`, { method: 'DELETE' });
    const started = Date.now();
    const seen: Array<{ jobsRead: number; jobs: number | null }> = [];
    let answer = await ask('progress=1&pageSize=20');
    while ('state' in answer) {
      seen.push(answer.progress);
      answer = await ask('progress=1&pageSize=20');
    }
    const seconds = (Date.now() - started) / 1000;
    // Progress was shown, job by job, of the firmware's 40 jobs.
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.at(-1)).toMatchObject({ jobs: JOBS });
    const read = seen.map((p) => p.jobsRead);
    expect(read).toEqual([...read].sort((a, b) => a - b));
    expect(read.at(-1)!).toBeGreaterThan(0);
    expect(read.at(-1)!).toBeLessThan(JOBS);

    const direct = db
      .prepare('SELECT COUNT(*) AS n FROM tasks WHERE firmware_id = ?')
      .get(firmwareId) as { n: number };
    expect(answer.total).toBe(direct.n);
    expect(answer.items).toHaveLength(20);

    const calls = await h.emulatorCalls();
    expect(calls.byAction.ListOTATaskByFirmware ?? 0).toBe(0);
    expect(calls.byAction.ListOTATaskByJob).toBeGreaterThanOrEqual(JOBS);
    // The cloud's budget: 10 calls a second (the bucket may start full).
    expect(calls.total).toBeLessThanOrEqual(10 * seconds + 10);
  });

  it('without progress=1 (other clients) the page is answered whole, as before', async () => {
    const answer = await ask('pageSize=5&page=3');
    expect('state' in answer).toBe(false);
    if (!('state' in answer)) expect(answer.items).toHaveLength(5);
  });
});
