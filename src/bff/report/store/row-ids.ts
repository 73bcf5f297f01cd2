import { sql } from 'kysely';

import { parseUpgradeInfo } from '../../../shared/report/upgrade-info';
import type { Db } from '../../db/open-database';
import { INSERT_BATCH } from './sql-common';

/**
 * Row ids of terminals and upgrade-info texts, added when unknown and remembered (bounded by the
 * fleet and by the distinct texts, not by the records).
 */
export class RowIds {
  private readonly terminals = new Map<string, { id: number; num: string }>();
  private readonly infos = new Map<string, number>();

  /** `maxKept`: terminals remembered at most (forgotten all at once past it, then looked up again). */
  constructor(
    private readonly db: Db,
    private readonly maxKept = Infinity,
  ) {}

  /** Row ids of these terminals, adding the unknown ones (and a changed terminal number). */
  async terminalIds(
    wanted: ReadonlyArray<{ terminalId: string; num: string | null }>,
  ): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    const missing = new Map<string, string>();
    for (const { terminalId, num } of wanted) {
      const known = this.terminals.get(terminalId);
      if (known && (num === null || known.num === num)) out.set(terminalId, known.id);
      else if (!missing.has(terminalId) || num !== null) missing.set(terminalId, num ?? '');
    }
    if (missing.size === 0) return out;
    const entries = [...missing.entries()];
    for (let i = 0; i < entries.length; i += INSERT_BATCH) {
      const batch = entries.slice(i, i + INSERT_BATCH);
      const rows = await this.db
        .insertInto('report_terminals')
        .values(batch.map(([terminal_id, terminal_num]) => ({ terminal_id, terminal_num })))
        .onConflict((oc) =>
          oc.column('terminal_id').doUpdateSet((eb) => ({
            // A listing without numbers (a set's members) never blanks a known number.
            terminal_num: sql<string>`CASE WHEN ${eb.ref('excluded.terminal_num')} = '' THEN report_terminals.terminal_num ELSE ${eb.ref('excluded.terminal_num')} END`,
          })),
        )
        .returning(['id', 'terminal_id', 'terminal_num'])
        .execute();
      if (this.terminals.size + rows.length > this.maxKept) this.terminals.clear();
      for (const row of rows) {
        this.terminals.set(row.terminal_id, { id: row.id, num: row.terminal_num });
        out.set(row.terminal_id, row.id);
      }
    }
    return out;
  }

  async infoIds(texts: Iterable<string>): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    const missing = new Set<string>();
    for (const text of texts) {
      const known = this.infos.get(text);
      if (known !== undefined) out.set(text, known);
      else missing.add(text);
    }
    for (const text of missing) {
      const info = parseUpgradeInfo(text);
      const row = await this.db
        .insertInto('report_infos')
        .values({
          text,
          readable: info ? 1 : 0,
          version: info?.version ?? null,
          url: info?.url ?? null,
          protocol: info?.protocol ?? null,
          mode: info?.mode ?? null,
        })
        .onConflict((oc) => oc.column('text').doUpdateSet({ text }))
        .returning('id')
        .executeTakeFirstOrThrow();
      this.infos.set(text, row.id);
      out.set(text, row.id);
    }
    return out;
  }
}
