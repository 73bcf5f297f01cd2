import type { Db } from '../db/open-database';

export interface DeviceKey {
  productKey: string;
  deviceName: string;
}

/** What a report device set's last resolution could not match. */
export interface SetNote {
  unmatchedCount: number;
  unknownIds: string[];
  notedAt: string;
}

/** Rows per INSERT (3 bound values each; SQLite allows 32,766 a statement). */
const INSERT_CHUNK = 1000;

/**
 * Per report device set: every device the last resolution found no terminal for
 * (`directory_unmatched`, however many), their count and the typed ids nobody knows
 * (`directory_set_notes`). Nothing else reads these tables.
 */
export class SetNotesStore {
  constructor(private readonly db: Db) {}

  /**
   * Replaces a set's note and its devices in one transaction, so readers see the old list or the
   * new one; the rows go in batches, so a large fleet never makes one giant statement. The count is
   * read back from the rows written (duplicates are one device).
   */
  async replace(
    setKey: string,
    unmatched: readonly DeviceKey[],
    unknownIds: readonly string[],
    at = new Date(),
  ): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('directory_unmatched').where('set_key', '=', setKey).execute();
      for (let i = 0; i < unmatched.length; i += INSERT_CHUNK) {
        await trx
          .insertInto('directory_unmatched')
          .values(
            unmatched.slice(i, i + INSERT_CHUNK).map((d) => ({
              set_key: setKey,
              product_key: d.productKey,
              device_name: d.deviceName,
            })),
          )
          .onConflict((oc) => oc.doNothing())
          .execute();
      }
      const counted = await trx
        .selectFrom('directory_unmatched')
        .where('set_key', '=', setKey)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      const row = {
        set_key: setKey,
        unmatched_count: Number(counted.n),
        unknown_ids: JSON.stringify(unknownIds),
        noted_at: at.toISOString(),
      };
      await trx
        .insertInto('directory_set_notes')
        .values(row)
        .onConflict((oc) => oc.column('set_key').doUpdateSet(row))
        .execute();
    });
  }

  async noteOf(setKey: string): Promise<SetNote | undefined> {
    const row = await this.db
      .selectFrom('directory_set_notes')
      .selectAll()
      .where('set_key', '=', setKey)
      .executeTakeFirst();
    if (!row) return undefined;
    return {
      unmatchedCount: row.unmatched_count,
      unknownIds: JSON.parse(row.unknown_ids) as string[],
      notedAt: row.noted_at,
    };
  }

  /**
   * One page of unmatched devices by device name: of one set, or of every set (each device once).
   */
  async unmatched(query: {
    setKey?: string;
    offset: number;
    limit: number;
  }): Promise<{ total: number; items: DeviceKey[] }> {
    const { setKey } = query;
    const devices = setKey
      ? this.db
          .selectFrom('directory_unmatched')
          .where('set_key', '=', setKey)
          .select(['product_key', 'device_name'])
      : this.db.selectFrom('directory_unmatched').select(['product_key', 'device_name']).distinct();
    const total = await this.db
      .selectFrom(devices.as('d'))
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const rows = await devices
      .orderBy('device_name')
      .orderBy('product_key')
      .limit(query.limit)
      .offset(query.offset)
      .execute();
    return {
      total: Number(total.n),
      items: rows.map((r) => ({ productKey: r.product_key, deviceName: r.device_name })),
    };
  }

  /** The sets that have devices without a terminal, the most recently resolved first. */
  async withUnmatched(limit: number) {
    const rows = await this.db
      .selectFrom('directory_set_notes')
      .select(['set_key', 'unmatched_count', 'noted_at'])
      .where('unmatched_count', '>', 0)
      .orderBy('noted_at', 'desc')
      .orderBy('set_key')
      .limit(limit)
      .execute();
    return rows.map((r) => ({ setKey: r.set_key, count: r.unmatched_count, notedAt: r.noted_at }));
  }
}
