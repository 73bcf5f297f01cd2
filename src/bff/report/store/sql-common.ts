/** Rows per bulk statement: far below SQLite's 32,766 bound parameters (7 per record). */
export const INSERT_BATCH = 1000;
export const HOUR = 3_600_000;
export const hourOf = (ms: number) => Math.floor(ms / HOUR);

/**
 * Splits `items` into runs of 1,000, 100, 10 and 1, so a bulk statement comes in four sizes only
 * and each is prepared once.
 */
export function* fixedRuns<T>(items: readonly T[]): Generator<T[]> {
  let i = 0;
  for (const size of [INSERT_BATCH, 100, 10, 1])
    while (items.length - i >= size) {
      yield items.slice(i, i + size);
      i += size;
    }
}
