import type { TerminalOtaReportPage, TerminalOtaReportRequest } from '../../shared/cloud/report';
import { bffErrorCodes } from '../../shared/contract/api-error';
import { AppError } from '../errors';
import type { ReportClient } from './report-client';

export interface FetchProgress {
  done: number;
  /** Known once every chunk's first page has answered. */
  total: number | null;
}

export interface FetchOptions<T = unknown> {
  /**
   * Records per upstream page (the vendor's maximum is undocumented; the emulator's cap is 1,000).
   * An upstream that pages by less, or refuses the size, is followed with a smaller one.
   */
  pageSize?: number;
  /** Told the page size the upstream turned out to accept, when it is smaller than the one asked. */
  onPageSize?: (pageSize: number) => void;
  /** Turns each page's raw records into what is kept (e.g. compact records), so raw pages can go. */
  mapPage?: (data: unknown[]) => T[];
  /** Device ids per upstream query. */
  chunkSize?: number;
  /** Upstream calls in flight at once. */
  concurrency?: number;
  signal?: AbortSignal;
  onProgress?: (progress: FetchProgress) => void;
  /** How many times a chunk that changed while paging is read again. */
  driftRetries?: number;
  /** Called once per upstream page read (for counting the upstream cost). */
  onRequest?: () => void;
}

type PageTask = { chunk: number; pageNum: number };

/** Sizes tried, largest first, when the upstream refuses a page size without naming its maximum. */
const FALLBACK_PAGE_SIZES = [500, 200, 100, 50, 20, 10];

/**
 * The page size to try next when `error` is the upstream refusing `asked` as a page size (e.g. the
 * emulator's "Invalid pageSize: pageSize must be at most 1000"), else null.
 */
export function smallerPageSize(error: unknown, asked: number): number | null {
  if (!(error instanceof AppError) || error.code !== bffErrorCodes.reportQueryRefused) return null;
  if (!/page\s*size/i.test(error.message)) return null;
  const named = /(?:at most|max(?:imum)?|<=|≤|up to)\D{0,12}?(\d+)/i.exec(error.message);
  const limit = named ? Number(named[1]) : NaN;
  if (Number.isInteger(limit) && limit >= 1 && limit < asked) return limit;
  return FALLBACK_PAGE_SIZES.find((size) => size < asked) ?? null;
}

/** One upstream query: these ids over this sendTime range (upstream format, UTC, inclusive). */
export interface ReadWindow {
  ids: readonly string[];
  startTime: string;
  endTime: string;
}

/**
 * Every record of `ids` between `startTime` and `endTime` (upstream format, UTC): the ids go in
 * chunks, each chunk's first page tells how many pages follow, and all pages are fetched with at most
 * `concurrency` calls in flight. The first failure aborts the rest.
 */
export async function fetchAllRecords<T = unknown>(
  client: Pick<ReportClient, 'queryPage'>,
  ids: readonly string[],
  range: { startTime: string; endTime: string },
  options: FetchOptions<T> = {},
): Promise<T[]> {
  const chunkSize = options.chunkSize ?? 500;
  const windows: ReadWindow[] = [];
  for (let i = 0; i < ids.length; i += chunkSize)
    windows.push({ ids: ids.slice(i, i + chunkSize), ...range });
  const records: T[] = [];
  await readWindows(client, windows, {
    ...options,
    onPage: (data) => {
      for (const record of data) records.push(record);
    },
  });
  return records;
}

/**
 * Reads every page of every window, at most `concurrency` calls in flight, handing each page to
 * `onPage` as it arrives (awaited, so a slow consumer slows the reading instead of piling pages up).
 * A window whose total changed while it was paged is read again (the upstream moved under us).
 */
export async function readWindows<T = unknown>(
  client: Pick<ReportClient, 'queryPage'>,
  windows: readonly ReadWindow[],
  options: FetchOptions<T> & { onPage: (data: T[]) => void | Promise<void> },
): Promise<void> {
  const pageSize = options.pageSize ?? 100;
  const concurrency = options.concurrency ?? 8;
  if (windows.length === 0) return;

  const mapPage = options.mapPage ?? ((data: unknown[]) => data as T[]);
  /** Pages per window, held back only while a window may still turn out to have drifted. */
  const totals = new Map<number, number>();
  const drifted = new Set<number>();
  let done = 0;
  const controller = new AbortController();
  const signal = options.signal
    ? AbortSignal.any([options.signal, controller.signal])
    : controller.signal;

  const report = () =>
    options.onProgress?.({
      done,
      total:
        totals.size === windows.length ? [...totals.values()].reduce((a, b) => a + b, 0) : null,
    });

  const run = async (task: PageTask): Promise<PageTask[]> => {
    const window = windows[task.chunk] as ReadWindow;
    const request: TerminalOtaReportRequest = {
      ids: [...window.ids],
      startTime: window.startTime,
      endTime: window.endTime,
      pageNum: task.pageNum,
      pageSize,
    };
    const page: TerminalOtaReportPage = await client.queryPage(request, signal);
    options.onRequest?.();
    const data = Array.isArray(page?.data) ? page.data : [];
    const total = Number(page?.total);
    if (task.pageNum === 1 && data.length > 0 && data.length < Math.min(pageSize, total))
      // The upstream may cap the page size below what we asked: page by what it actually gives.
      throw new PageSizeMismatch(data.length);
    await options.onPage(mapPage(data));
    done += data.length;
    if (task.pageNum !== 1) {
      // The upstream changed while we paged (pages are offsets into a moving list): read it again.
      if (Number.isFinite(total) && total !== totals.get(task.chunk)) drifted.add(task.chunk);
      report();
      return [];
    }
    totals.set(task.chunk, Number.isFinite(total) ? total : data.length);
    report();
    const count = Number.isFinite(total) ? Math.ceil(total / pageSize) : 1;
    const more: PageTask[] = [];
    for (let pageNum = 2; pageNum <= count; pageNum++) more.push({ chunk: task.chunk, pageNum });
    return more;
  };

  try {
    await runPool(
      windows.map((_, chunk) => ({ chunk, pageNum: 1 })),
      concurrency,
      run,
    );
  } catch (error) {
    controller.abort();
    const smaller =
      error instanceof PageSizeMismatch && error.pageSize < pageSize
        ? error.pageSize
        : smallerPageSize(error, pageSize);
    if (smaller === null || options.signal?.aborted) throw error;
    options.onPageSize?.(smaller);
    // Pages already handed on are read again: consumers keep records by identity.
    return readWindows(client, windows, { ...options, pageSize: smaller });
  }
  const again = [...drifted].map((chunk) => windows[chunk] as ReadWindow);
  if (again.length > 0 && (options.driftRetries ?? 2) > 0) {
    await readWindows(client, again, {
      ...options,
      onProgress: undefined,
      driftRetries: (options.driftRetries ?? 2) - 1,
    });
  }
}

class PageSizeMismatch extends Error {
  constructor(readonly pageSize: number) {
    super(`upstream pages hold ${pageSize} records`);
  }
}

/** Runs tasks (which may add tasks) with at most `concurrency` at once; rejects on the first failure. */
export function runPool<T>(
  initial: T[],
  concurrency: number,
  run: (task: T) => Promise<T[]>,
): Promise<void> {
  const queue = [...initial];
  let active = 0;
  let failed = false;
  return new Promise((resolve, reject) => {
    const pump = () => {
      if (failed) return;
      if (queue.length === 0 && active === 0) {
        resolve();
        return;
      }
      while (active < concurrency && queue.length > 0) {
        const task = queue.shift() as T;
        active += 1;
        run(task).then(
          (more) => {
            active -= 1;
            queue.push(...more);
            pump();
          },
          (error: unknown) => {
            failed = true;
            reject(error);
          },
        );
      }
    };
    pump();
  });
}
