import { type RawBuilder, sql } from 'kysely';

import type { RangeQuery } from './report-store';

/**
 * The record a member's newest record in [from, to] is: its newest of all (kept in
 * report_latest) unless that lies after `to` (a range ending in the past, or records sent after
 * "now" by a clock ahead of ours); only then is it looked up.
 */
function newestInRange(query: RangeQuery) {
  return sql`CASE WHEN l.sent_at <= ${query.to} THEN l.record ELSE (SELECT n.id FROM report_records n
    WHERE n.terminal = l.terminal AND n.sent_at >= ${query.from} AND n.sent_at <= ${query.to}
    ORDER BY n.sent_at DESC, n.id DESC LIMIT 1) END`;
}

/**
 * `FROM … WHERE …` of the records a query selects, as `r`; `and` adds conditions on `r`. In
 * latest mode `l` is the member's newest record of all (never older than `r`), and `since`
 * narrows it (one lower bound, so that SQLite walks the index from it).
 */
export function selection(query: RangeQuery, and: RawBuilder<unknown> = sql``, since = query.from) {
  if (query.count === 'all' && query.stuckBefore === undefined) {
    return sql`FROM report_records r CROSS JOIN report_set_members m
      WHERE m.set_id = ${query.setId} AND m.terminal = r.terminal
        AND r.sent_at >= ${query.from} AND r.sent_at <= ${query.to} ${and}`;
  }
  const stuck =
    query.stuckBefore === undefined
      ? sql``
      : sql`AND r.status IN (1, 2) AND COALESCE(r.updated_at, r.sent_at) < ${query.stuckBefore}`;
  return sql`FROM report_latest l CROSS JOIN report_set_members m
    JOIN report_records r ON r.id = ${newestInRange(query)}
    WHERE m.set_id = ${query.setId} AND m.terminal = l.terminal AND l.sent_at >= ${since}
      ${stuck} ${and}`;
}

/** Whether the query selects every record in the range (no latest mode, no stuck filter). */
export const everyRecord = (query: RangeQuery) =>
  query.count === 'all' && query.stuckBefore === undefined;
