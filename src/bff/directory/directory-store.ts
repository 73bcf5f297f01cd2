import type { Db } from '../db/open-database';
import { type DeviceKey, SetNotesStore } from './set-notes-store';
import type { DirectoryEntriesTable } from './table';

export type { DeviceKey } from './set-notes-store';

/** One device ↔ terminal pair as the directory keeps it. */
export interface StoredEntry {
  productKey: string;
  deviceName: string;
  terminalId: string;
  terminalNum: string | null;
  updatedAt: string;
  updatedBy: string;
}

/** SQLite allows 32,766 bound values a statement; stay far below it. */
const IN_CHUNK = 500;
const INSERT_CHUNK = 1000;

const toEntry = (row: DirectoryEntriesTable): StoredEntry => ({
  productKey: row.product_key,
  deviceName: row.device_name,
  terminalId: row.terminal_id,
  terminalNum: row.terminal_num,
  updatedAt: row.updated_at,
  updatedBy: row.updated_by,
});

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * The directory's table behind a small interface (Kysely, so a Postgres dialect can follow).
 * Nothing else reads `directory_entries`; `notes` keeps the per-set tables.
 */
export class DirectoryStore {
  /** What each report device set's last resolution could not match. */
  readonly notes: SetNotesStore;

  constructor(private readonly db: Db) {
    this.notes = new SetNotesStore(db);
  }

  private async whereIn(
    column: 'device_name' | 'terminal_id' | 'terminal_num',
    values: readonly string[],
  ): Promise<StoredEntry[]> {
    const out: StoredEntry[] = [];
    for (const chunk of chunks([...new Set(values)], IN_CHUNK)) {
      const rows = await this.db
        .selectFrom('directory_entries')
        .selectAll()
        .where(column, 'in', chunk)
        .execute();
      for (const row of rows) out.push(toEntry(row));
    }
    return out;
  }

  /** The entries of these devices (those that have one). */
  async byDevices(devices: readonly DeviceKey[]): Promise<StoredEntry[]> {
    const wanted = new Set(devices.map((d) => `${d.productKey}\u0000${d.deviceName}`));
    const found = await this.whereIn(
      'device_name',
      devices.map((d) => d.deviceName),
    );
    return found.filter((e) => wanted.has(`${e.productKey}\u0000${e.deviceName}`));
  }

  byDeviceNames(names: readonly string[]): Promise<StoredEntry[]> {
    return this.whereIn('device_name', names);
  }

  byTerminalIds(ids: readonly string[]): Promise<StoredEntry[]> {
    return this.whereIn('terminal_id', ids);
  }

  byTerminalNums(nums: readonly string[]): Promise<StoredEntry[]> {
    return this.whereIn('terminal_num', nums);
  }

  async size(): Promise<number> {
    const row = await this.db
      .selectFrom('directory_entries')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async list(query: { q?: string; productKey?: string; offset: number; limit: number }) {
    let select = this.db.selectFrom('directory_entries');
    if (query.productKey) select = select.where('product_key', '=', query.productKey);
    if (query.q) {
      // SQLite's LIKE ignores ASCII case; the wildcards in the text are escaped.
      const pattern = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      select = select.where((eb) =>
        eb.or(
          (['device_name', 'terminal_id', 'terminal_num'] as const).map((column) =>
            eb(column, 'like', eb.val(pattern)).$castTo<boolean>(),
          ),
        ),
      );
    }
    const total = await select
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const rows = await select
      .selectAll()
      .orderBy('product_key')
      .orderBy('device_name')
      .limit(query.limit)
      .offset(query.offset)
      .execute();
    return { total: Number(total.n), items: rows.map(toEntry) };
  }

  /**
   * Writes new and changed entries in one transaction: the changed devices' old rows go first, so
   * terminals may move between devices within one import.
   */
  async write(
    entries: readonly StoredEntry[],
    replacing: readonly DeviceKey[] = [],
  ): Promise<void> {
    if (entries.length === 0) return;
    await this.db.transaction().execute(async (trx) => {
      for (const device of replacing) {
        await trx
          .deleteFrom('directory_entries')
          .where('product_key', '=', device.productKey)
          .where('device_name', '=', device.deviceName)
          .execute();
      }
      for (const chunk of chunks(entries, INSERT_CHUNK)) {
        await trx
          .insertInto('directory_entries')
          .values(
            chunk.map((e) => ({
              product_key: e.productKey,
              device_name: e.deviceName,
              terminal_id: e.terminalId,
              terminal_num: e.terminalNum,
              updated_at: e.updatedAt,
              updated_by: e.updatedBy,
            })),
          )
          .execute();
      }
    });
  }
}
