import type { StatusCounts } from '../../shared/contract/reports';

export type Bucket = 'hour' | 'day';
export const BUCKET_MS: Record<Bucket, number> = { hour: 3_600_000, day: 86_400_000 };
/** More buckets than this would not be readable: the timeline falls back to days. */
const MAX_BUCKETS = 800;

export function chooseBucket(from: number, to: number, wanted?: Bucket): Bucket {
  if (wanted === 'hour' && (to - from) / BUCKET_MS.hour <= MAX_BUCKETS) return 'hour';
  if (wanted === 'day') return 'day';
  return to - from <= 3 * BUCKET_MS.day ? 'hour' : 'day';
}

/** The first bucket's start: `from` rounded down to the UTC hour or day. */
export const bucketStart = (from: number, bucket: Bucket) =>
  Math.floor(from / BUCKET_MS[bucket]) * BUCKET_MS[bucket];

/** Every bucket over [from, to] by send time (empty ones included), from counts per bucket index. */
export function timeline(
  from: number,
  to: number,
  bucket: Bucket,
  counts: ReadonlyMap<number, StatusCounts>,
): Array<StatusCounts & { at: string }> {
  const size = BUCKET_MS[bucket];
  const first = bucketStart(from, bucket);
  const slots: Array<StatusCounts & { at: string }> = [];
  for (let at = first, i = 0; at <= to; at += size, i++) {
    const c = counts.get(i);
    slots.push({
      at: new Date(at).toISOString(),
      sendFailed: c?.sendFailed ?? 0,
      waiting: c?.waiting ?? 0,
      downloading: c?.downloading ?? 0,
      succeeded: c?.succeeded ?? 0,
      failed: c?.failed ?? 0,
    });
  }
  return slots;
}
