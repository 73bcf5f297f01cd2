import { AppError } from '../errors';
import type { ReportClient } from './report-client';

/** Ids per probe: the sync's own chunk size. */
const PROBE_CHUNK = 500;

/** The report API refused the query for its ids (not for its page size or dates). */
function isIdRefusal(error: unknown): boolean {
  return (
    error instanceof AppError &&
    error.code === 'ReportQueryRefused' &&
    !/page\s*size|time|date/i.test(error.message)
  );
}

const upstreamTime = (ms: number) => new Date(ms).toISOString().slice(0, 19).replace('T', ' ');

async function refused(
  client: Pick<ReportClient, 'queryPage'>,
  ids: readonly string[],
  range: { startTime: string; endTime: string },
): Promise<string[]> {
  try {
    await client.queryPage({ ids: [...ids], ...range, pageNum: 1, pageSize: 1 });
    return [];
  } catch (error) {
    if (!isIdRefusal(error)) throw error;
    if (ids.length === 1) return [...ids];
    const half = Math.ceil(ids.length / 2);
    const [a, b] = await Promise.all([
      refused(client, ids.slice(0, half), range),
      refused(client, ids.slice(half), range),
    ]);
    return [...a, ...b];
  }
}

/**
 * The ids the report API does not know. One unknown id makes it refuse a whole query, so each
 * refused set is halved until the unknown ones stand alone: one call per chunk when all are known,
 * a handful more per unknown id.
 */
export async function unknownIds(
  client: Pick<ReportClient, 'queryPage'>,
  ids: readonly string[],
  now = Date.now(),
): Promise<string[]> {
  const range = { startTime: upstreamTime(now - 3_600_000), endTime: upstreamTime(now) };
  const out: string[] = [];
  for (let i = 0; i < ids.length; i += PROBE_CHUNK)
    out.push(...(await refused(client, ids.slice(i, i + PROBE_CHUNK), range)));
  return out;
}
