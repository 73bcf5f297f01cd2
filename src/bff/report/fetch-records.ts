import type { TerminalOtaReportPage, TerminalOtaReportRequest } from '../../shared/cloud/report';
import type { ReportClient } from './report-client';

export interface FetchProgress {
  done: number;
  /** Known once every chunk's first page has answered. */
  total: number | null;
}

export interface FetchOptions {
  /** Records per upstream page (the vendor's maximum is undocumented; the emulator's cap is 100). */
  pageSize?: number;
  /** Device ids per upstream query. */
  chunkSize?: number;
  /** Upstream calls in flight at once. */
  concurrency?: number;
  signal?: AbortSignal;
  onProgress?: (progress: FetchProgress) => void;
  /** How many times a chunk that changed while paging is read again. */
  driftRetries?: number;
}

type PageTask = { chunk: number; pageNum: number };

/**
 * Every record of `ids` between `startTime` and `endTime` (upstream format, UTC): the ids go in
 * chunks, each chunk's first page tells how many pages follow, and all pages are fetched with at most
 * `concurrency` calls in flight. The first failure aborts the rest.
 */
export async function fetchAllRecords(
  client: Pick<ReportClient, 'queryPage'>,
  ids: readonly string[],
  range: { startTime: string; endTime: string },
  options: FetchOptions = {},
): Promise<unknown[]> {
  const pageSize = options.pageSize ?? 100;
  const chunkSize = options.chunkSize ?? 500;
  const concurrency = options.concurrency ?? 8;
  const chunks: string[][] = [];
  for (let i = 0; i < ids.length; i += chunkSize) chunks.push(ids.slice(i, i + chunkSize));
  if (chunks.length === 0) return [];

  const pages = new Map<number, unknown[][]>();
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
      total: totals.size === chunks.length ? [...totals.values()].reduce((a, b) => a + b, 0) : null,
    });

  const run = async (task: PageTask): Promise<PageTask[]> => {
    const request: TerminalOtaReportRequest = {
      ids: chunks[task.chunk] ?? [],
      startTime: range.startTime,
      endTime: range.endTime,
      pageNum: task.pageNum,
      pageSize,
    };
    const page: TerminalOtaReportPage = await client.queryPage(request, signal);
    const data = Array.isArray(page?.data) ? page.data : [];
    const total = Number(page?.total);
    pages.set(task.chunk, [...(pages.get(task.chunk) ?? []), data]);
    done += data.length;
    if (task.pageNum !== 1) {
      // The upstream changed while we paged (pages are offsets into a moving list): read it again.
      if (Number.isFinite(total) && total !== totals.get(task.chunk)) drifted.add(task.chunk);
      report();
      return [];
    }
    totals.set(task.chunk, Number.isFinite(total) ? total : data.length);
    report();
    // The upstream may cap the page size below what we asked: page by what it actually gives.
    if (data.length > 0 && data.length < Math.min(pageSize, total))
      throw new PageSizeMismatch(data.length);
    const count = Number.isFinite(total) ? Math.ceil(total / pageSize) : 1;
    const more: PageTask[] = [];
    for (let pageNum = 2; pageNum <= count; pageNum++) more.push({ chunk: task.chunk, pageNum });
    return more;
  };

  try {
    await runPool(
      chunks.map((_, chunk) => ({ chunk, pageNum: 1 })),
      concurrency,
      run,
    );
  } catch (error) {
    controller.abort();
    if (error instanceof PageSizeMismatch && error.pageSize < pageSize) {
      return fetchAllRecords(client, ids, range, { ...options, pageSize: error.pageSize });
    }
    throw error;
  }
  const records: unknown[] = [];
  for (const [chunk, chunkPages] of pages) {
    if (drifted.has(chunk) && (options.driftRetries ?? 2) > 0) {
      records.push(
        ...(await fetchAllRecords(client, chunks[chunk] ?? [], range, {
          ...options,
          onProgress: undefined,
          driftRetries: (options.driftRetries ?? 2) - 1,
        })),
      );
    } else {
      for (const data of chunkPages) records.push(...data);
    }
  }
  return records;
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
