import type { RecordInput } from './report-store';

const str = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';

function time(ms: unknown, iso: unknown): number {
  const n =
    typeof ms === 'number' ? ms : typeof ms === 'string' && /^\d+$/.test(ms) ? Number(ms) : NaN;
  if (Number.isFinite(n)) return n;
  return typeof iso === 'string' ? Date.parse(iso) : NaN;
}

/**
 * Upstream records (seed 004) as the store keeps them. A record without a device or a readable
 * send time is dropped: it cannot be placed in any range.
 */
export function toRecordInputs(raw: readonly unknown[]): RecordInput[] {
  const out: RecordInput[] = [];
  for (const item of raw) {
    if (!item || typeof item !== 'object') continue;
    const r = item as Record<string, unknown>;
    const terminalId = str(r.terminalId);
    const sentAt = time(r.sendTimestamp, r.sendTime);
    if (!terminalId || !Number.isFinite(sentAt)) continue;
    const updatedAt = time(r.dateTimestamp, r.dateTime);
    out.push({
      mark: str(r.mark),
      terminalId,
      terminalNum: str(r.terminalNum),
      status: Number(r.status),
      sentAt,
      updatedAt: Number.isFinite(updatedAt) ? updatedAt : null,
      upgradeInfo:
        typeof r.upgradeInfo === 'string'
          ? r.upgradeInfo
          : r.upgradeInfo == null
            ? ''
            : JSON.stringify(r.upgradeInfo),
    });
  }
  return out;
}
