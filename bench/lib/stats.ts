/** min / median / max of repeated runs. */
export interface Spread {
  min: number;
  median: number;
  max: number;
  n: number;
}

export function spread(values: number[]): Spread {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return { min: NaN, median: NaN, max: NaN, n: 0 };
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { min: sorted[0]!, median, max: sorted[sorted.length - 1]!, n: sorted.length };
}

/** The q-quantile (0..1) of a sample, nearest rank. */
export function quantile(values: number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank]!;
}

export type Format = (value: number) => string;

export const fmt = {
  kb: (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`,
  mb: (bytes: number, digits = 1) => `${(bytes / 1024 / 1024).toFixed(digits)} MB`,
  ms: (ms: number) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`),
  ms1: (ms: number) => `${ms.toFixed(1)} ms`,
  int: (n: number) => Math.round(n).toLocaleString('en-US'),
  ratio: (r: number) => `${r.toFixed(2)}×`,
  score: (s: number) => String(Math.round(s * 100)),
};

/** "median (min–max)", or the one value when all runs agree. */
export function show(s: Spread, format: Format): string {
  if (s.n === 0) return 'n/a';
  const [min, median, max] = [format(s.min), format(s.median), format(s.max)];
  if (min === max) return `${median}`;
  return `${median} (${min}–${max})`;
}
