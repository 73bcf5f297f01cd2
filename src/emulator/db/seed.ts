import type { Database } from 'better-sqlite3';

import { type ReportStatus, TASK_STATUSES, type TaskStatus } from '../../shared/cloud';
import { DEFAULT_MODULE_NAME } from '../../shared/ota/module-rules';
import { DAY, HOUR, MINUTE } from '../time';
import { createRng, type Rng } from './rng';
import { DATA_TABLES, SCHEMA_SQL, SCHEMA_VERSION } from './schema';
import {
  DEMO_PRODUCTS,
  HISTORY_VERSIONS,
  type JobSpec,
  MALFORMED_UPGRADE_INFOS,
  type ProductSpec,
} from './seed-catalog';
import { setMeta } from './statements';

export type SeedScale = 'demo' | 'large';

export interface SeedOptions {
  scale: SeedScale;
  /** "Now" of the seeded world (epoch ms); every seeded time lies before it. */
  anchorMs: number;
}

const REPORTS_PER_DEVICE = 10;
const SCALE_FACTOR: Record<SeedScale, number> = { demo: 1, large: 50 };
const REPORT_OF_TASK: Partial<Record<TaskStatus, ReportStatus>> = {
  NOTIFIED: 1,
  IN_PROGRESS: 2,
  SUCCEEDED: 3,
  FAILED: 4,
};
const HISTORY_REPORT_WEIGHTS: Array<[ReportStatus, number]> = [
  [3, 70],
  [4, 10],
  [-1, 8],
  [1, 6],
  [2, 6],
];
const FAILURE_DESCS = [
  'Download timeout',
  'Checksum mismatch',
  'Device rejected the package',
  'Flash write failed',
];

export const TASK_DESC: Record<TaskStatus, string> = {
  CONFIRM: 'Waiting for confirmation',
  QUEUED: 'Waiting to be pushed',
  NOTIFIED: 'Upgrade notice pushed to the device',
  IN_PROGRESS: 'Upgrading',
  SUCCEEDED: 'Upgrade succeeded',
  FAILED: 'Upgrade failed',
  CANCELED: 'Canceled',
};

export function upgradeInfoText(productKey: string, version: string, file: string): string {
  return JSON.stringify({
    TYPE: '0',
    MODE: '0',
    PROTOCOL: '1',
    VERSION: version,
    URL: `http://ota.emulator.local/FOTA/${productKey}/${file}.bin`,
  });
}

/** Wipes every data table and writes the deterministic demo world, in one transaction. */
export function seedDatabase(db: Database, options: SeedOptions): void {
  const run = db.transaction(() => {
    for (const table of DATA_TABLES) db.prepare(`DELETE FROM ${table}`).run();
    // Bulk inserts run much faster without the secondary indexes; SCHEMA_SQL recreates them below.
    const indexes = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")
      .all() as Array<{ name: string }>;
    for (const { name } of indexes) db.exec(`DROP INDEX "${name}"`);
    const rng = createRng(20180120);
    const seeder = new Seeder(db, rng, options);
    for (const [index, spec] of DEMO_PRODUCTS.entries()) seeder.product(spec, index);
    db.exec(SCHEMA_SQL);
    setMeta(db, 'schema_version', SCHEMA_VERSION);
    setMeta(db, 'scale', options.scale);
    setMeta(db, 'anchor', String(options.anchorMs));
  });
  run();
}

class Seeder {
  private readonly insertProduct;
  private readonly insertModule;
  private readonly insertDevice;
  private readonly insertFirmware;
  private readonly insertJob;
  private readonly insertTask;
  private readonly insertInfo;
  private readonly insertReport;
  private terminalCounter = 0;
  private readonly malformedInfoIds: number[] = [];

  constructor(
    private readonly db: Database,
    private readonly rng: Rng,
    private readonly options: SeedOptions,
  ) {
    this.insertProduct = db.prepare(
      `INSERT INTO products (product_key, product_name, description, node_type, data_format, auth_type, commodity_code, gmt_create, seq)
       VALUES (?, ?, ?, ?, 1, 'secret', 'iothub_senior', ?, ?)`,
    );
    this.insertModule = db.prepare(
      `INSERT INTO modules (product_key, module_name, name_lc, alias_name, description, is_default, gmt_create, gmt_modified)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.insertDevice = db.prepare(
      'INSERT INTO devices (product_key, device_name, iot_id, terminal_id, terminal_num) VALUES (?, ?, ?, ?, ?)',
    );
    this.insertFirmware = db.prepare(
      `INSERT INTO firmware (firmware_id, product_key, module_name, firmware_name, firmware_desc, src_version, dest_version,
         sign, sign_method, size, url, status, type, utc_create, utc_modified)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'MD5', ?, ?, ?, 0, ?, ?)`,
    );
    this.insertJob = db.prepare(
      `INSERT INTO jobs (job_id, firmware_id, product_key, job_status, job_type, selection_type, target_selection, name,
         job_desc, dest_version, src_versions, need_confirm, need_push, timeout_minutes, retry_count, retry_interval,
         maximum_per_minute, tags, utc_create, utc_modified, utc_start, utc_end, utc_schedule, utc_schedule_finish)
       VALUES (?, ?, ?, ?, 'UPGRADE_FIRMWARE', 'STATIC', ?, ?, ?, ?, ?, ?, 1, 1440, 1, 60, 1000, ?, ?, ?, ?, ?, NULL, NULL)`,
    );
    this.insertTask = db.prepare(
      `INSERT INTO tasks (task_id, job_id, firmware_id, product_key, device_id, device_name, module_name, src_version,
         dest_version, task_status, progress, task_desc, timeout_minutes, utc_create, utc_modified)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1440, ?, ?)`,
    );
    this.insertInfo = db.prepare('INSERT INTO upgrade_infos (text) VALUES (?)');
    this.insertReport = db.prepare(
      'INSERT INTO reports (device_id, task_id, info_id, status, send_time, date_time) VALUES (?, ?, ?, ?, ?, ?)',
    );
    for (const text of MALFORMED_UPGRADE_INFOS) {
      this.malformedInfoIds.push(Number(this.insertInfo.run(text).lastInsertRowid));
    }
  }

  private get anchor() {
    return this.options.anchorMs;
  }

  product(spec: ProductSpec, seq: number): void {
    const created = this.anchor - spec.ageDays * DAY;
    this.insertProduct.run(
      spec.productKey,
      spec.productName,
      spec.description,
      spec.nodeType,
      created,
      seq,
    );
    this.insertModule.run(
      spec.productKey,
      DEFAULT_MODULE_NAME,
      DEFAULT_MODULE_NAME,
      '',
      'Whole-device firmware',
      1,
      created,
      created,
    );
    for (const [i, [name, alias, desc]] of spec.modules.entries()) {
      const at = created + (i + 1) * HOUR;
      this.insertModule.run(
        spec.productKey,
        name,
        name.toLowerCase(),
        alias,
        desc,
        0,
        at,
        at + (i % 3) * DAY,
      );
    }

    const count = spec.devices * SCALE_FACTOR[this.options.scale];
    const devices: Array<{ id: number; name: string }> = [];
    for (let i = 0; i < count; i++) {
      const name = `${spec.devicePrefix}-${String(i + 1).padStart(5, '0')}`;
      this.terminalCounter += 1;
      const result = this.insertDevice.run(
        spec.productKey,
        name,
        this.rng.id(24),
        this.rng.hex(32),
        String(344050000000 + this.terminalCounter),
      );
      devices.push({ id: Number(result.lastInsertRowid), name });
    }

    const reportsPerDevice = new Map<number, number>();
    for (const fw of spec.firmware) {
      const firmwareId = this.rng.id(26);
      const fwCreated = this.anchor - fw.ageDays * DAY;
      const url = `http://ota.emulator.local/FOTA/${spec.productKey}/${fw.name}.bin`;
      this.insertFirmware.run(
        firmwareId,
        spec.productKey,
        fw.module,
        fw.name,
        fw.desc,
        fw.srcVersion,
        fw.destVersion,
        this.rng.hex(32).toLowerCase(),
        this.rng.int(200_000, 8_000_000),
        url,
        fw.status,
        fwCreated,
        fwCreated,
      );
      const infoId = Number(
        this.insertInfo.run(upgradeInfoText(spec.productKey, fw.destVersion, fw.name))
          .lastInsertRowid,
      );
      for (const job of fw.jobs) {
        this.job(
          spec,
          fw.module,
          fw.srcVersion,
          fw.destVersion,
          firmwareId,
          infoId,
          job,
          devices,
          reportsPerDevice,
        );
      }
    }
    this.history(spec, devices, reportsPerDevice);
  }

  private job(
    spec: ProductSpec,
    module: string,
    srcVersion: string,
    destVersion: string,
    firmwareId: string,
    infoId: number,
    job: JobSpec,
    devices: Array<{ id: number; name: string }>,
    reportsPerDevice: Map<number, number>,
  ): void {
    const jobId = this.rng.id(26);
    const start = this.anchor - job.ageDays * DAY;
    const from = Math.floor(devices.length * job.slice[0]);
    const to = Math.floor(devices.length * job.slice[1]);
    const weights = TASK_STATUSES.map((status) => job.mix[status] ?? 0);
    const windowEnd = job.status === 'COMPLETED' ? start + 3 * DAY : this.anchor - 10 * MINUTE;
    let lastModified = start;
    for (let i = from; i < to; i++) {
      const device = devices[i];
      if (!device) continue;
      const status = TASK_STATUSES[this.rng.weighted(weights)] ?? 'QUEUED';
      const pushed = start + Math.floor(this.rng.next() * (windowEnd - start));
      const modified = ['CONFIRM', 'QUEUED'].includes(status)
        ? start
        : Math.min(pushed + this.rng.int(1, 40) * MINUTE, this.anchor - MINUTE);
      lastModified = Math.max(lastModified, modified);
      const progress =
        status === 'SUCCEEDED'
          ? 100
          : status === 'IN_PROGRESS'
            ? this.rng.int(5, 95)
            : status === 'FAILED'
              ? this.rng.int(0, 90)
              : 0;
      const desc = status === 'FAILED' ? this.rng.pick(FAILURE_DESCS) : TASK_DESC[status];
      const result = this.insertTask.run(
        this.rng.id(26),
        jobId,
        firmwareId,
        spec.productKey,
        device.id,
        device.name,
        module,
        srcVersion,
        destVersion,
        status,
        progress,
        desc,
        start,
        modified,
      );
      const reportStatus = REPORT_OF_TASK[status];
      if (reportStatus !== undefined) {
        this.insertReport.run(
          device.id,
          Number(result.lastInsertRowid),
          infoId,
          reportStatus,
          pushed,
          modified,
        );
        reportsPerDevice.set(device.id, (reportsPerDevice.get(device.id) ?? 0) + 1);
      }
    }
    const ended = job.status === 'COMPLETED' ? lastModified : null;
    this.insertJob.run(
      jobId,
      firmwareId,
      spec.productKey,
      job.status,
      job.targetSelection,
      job.name,
      `${job.name} (${destVersion})`,
      destVersion,
      JSON.stringify([srcVersion]),
      job.needConfirm ? 1 : 0,
      JSON.stringify([{ Key: 'wave', Value: job.name.split(' ').pop() ?? '' }]),
      start,
      ended ?? lastModified,
      start,
      ended,
    );
  }

  /** Older pushes with no task behind them, so every device has about 30 days of report history. */
  private history(
    spec: ProductSpec,
    devices: Array<{ id: number }>,
    reportsPerDevice: Map<number, number>,
  ): void {
    const infoIds = HISTORY_VERSIONS.map((version) =>
      Number(
        this.insertInfo.run(
          upgradeInfoText(spec.productKey, version, `${spec.devicePrefix}-${version}`),
        ).lastInsertRowid,
      ),
    );
    const statuses = HISTORY_REPORT_WEIGHTS.map(([status]) => status);
    const weights = HISTORY_REPORT_WEIGHTS.map(([, weight]) => weight);
    for (const device of devices) {
      const missing = REPORTS_PER_DEVICE - (reportsPerDevice.get(device.id) ?? 0);
      for (let i = 0; i < missing; i++) {
        const sent = this.anchor - 30 * DAY + Math.floor(this.rng.next() * (30 * DAY - HOUR));
        const status = statuses[this.rng.weighted(weights)] ?? 3;
        const updated = status === -1 ? sent : sent + this.rng.int(1, 90) * MINUTE;
        const info =
          this.rng.next() < 0.02 ? this.rng.pick(this.malformedInfoIds) : this.rng.pick(infoIds);
        this.insertReport.run(device.id, null, info, status, sent, Math.min(updated, this.anchor));
      }
    }
  }
}
