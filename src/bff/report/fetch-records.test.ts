import { describe, expect, it } from 'vitest';

import type { TerminalOtaReportPage, TerminalOtaReportRequest } from '../../shared/cloud/report';
import { AppError } from '../errors';
import { fetchAllRecords, smallerPageSize } from './fetch-records';

const range = { startTime: '2024-01-01 00:00:00', endTime: '2024-01-31 00:00:00' };

/** A fake report API over `n` records per id, newest first, with an optional page-size cap. */
function fakeClient(
  perId: number,
  options: { cap?: number; growAfterCalls?: number; refuseOver?: number; refusal?: string } = {},
) {
  const calls: TerminalOtaReportRequest[] = [];
  let extra = 0;
  return {
    calls,
    async queryPage(request: TerminalOtaReportRequest): Promise<TerminalOtaReportPage> {
      calls.push(request);
      if (options.refuseOver !== undefined && request.pageSize > options.refuseOver) {
        throw new AppError(
          400,
          'ReportQueryRefused',
          `The report API refused the query: ${options.refusal ?? `Invalid pageSize: pageSize must be at most ${options.refuseOver}`}`,
        );
      }
      if (options.growAfterCalls !== undefined && calls.length === options.growAfterCalls)
        extra = 1;
      const all = request.ids.flatMap((id) =>
        Array.from({ length: perId + extra }, (_, i) => ({
          terminalId: id,
          mark: `${id}-${perId + extra - i}`,
        })),
      );
      const size = Math.min(request.pageSize, options.cap ?? Infinity);
      const data = all.slice((request.pageNum - 1) * size, request.pageNum * size);
      return { total: all.length, size: Math.ceil(all.length / size), data: data as never };
    },
  };
}

const ids = (n: number) => Array.from({ length: n }, (_, i) => `D${i}`);

describe('fetchAllRecords', () => {
  it('reads every page when the total is an exact multiple of the page size', async () => {
    const client = fakeClient(10);
    const records = await fetchAllRecords(client, ids(4), range, { pageSize: 20, chunkSize: 2 });
    expect(records).toHaveLength(40);
    expect(client.calls).toHaveLength(2); // 2 chunks × 1 page of 20
  });

  it('reads a partial last page and nothing past it', async () => {
    const client = fakeClient(7);
    const records = await fetchAllRecords(client, ids(3), range, { pageSize: 5, chunkSize: 3 });
    expect(records).toHaveLength(21);
    expect(client.calls.map((c) => c.pageNum)).toEqual([1, 2, 3, 4, 5]);
  });

  it('answers nothing for no ids and for ids without records', async () => {
    expect(await fetchAllRecords(fakeClient(3), [], range)).toEqual([]);
    expect(await fetchAllRecords(fakeClient(0), ids(2), range)).toEqual([]);
  });

  it('follows an upstream that caps the page size below the one asked', async () => {
    const records = await fetchAllRecords(fakeClient(30, { cap: 10 }), ids(2), range, {
      pageSize: 50,
    });
    expect(records).toHaveLength(60);
  });

  it('steps down to the page size the upstream accepts when it refuses a larger one', async () => {
    const client = fakeClient(30, { refuseOver: 25 });
    const accepted: number[] = [];
    const records = await fetchAllRecords(client, ids(4), range, {
      pageSize: 1000,
      chunkSize: 2,
      onPageSize: (size) => accepted.push(size),
    });
    expect(records).toHaveLength(120);
    expect(accepted).toEqual([25]);
    expect(client.calls.at(-1)?.pageSize).toBe(25);
  });

  it('walks down a ladder when the refusal names no maximum, and passes other refusals on', async () => {
    const records = await fetchAllRecords(
      fakeClient(30, { refuseOver: 150, refusal: 'pageSize too large' }),
      ids(2),
      range,
      { pageSize: 1000 },
    );
    expect(records).toHaveLength(60);
    const other = new AppError(400, 'ReportQueryRefused', 'The report API refused the query: ids');
    expect(smallerPageSize(other, 1000)).toBeNull();
    expect(smallerPageSize(new Error('pageSize'), 1000)).toBeNull();
    const tiny = new AppError(400, 'ReportQueryRefused', 'Invalid pageSize');
    expect(smallerPageSize(tiny, 10)).toBeNull();
  });

  it('maps each page as it arrives', async () => {
    const pages: number[] = [];
    const records = await fetchAllRecords(fakeClient(7), ids(3), range, {
      pageSize: 5,
      chunkSize: 3,
      mapPage: (data) => {
        pages.push(data.length);
        return data.map((record) => (record as { mark: string }).mark);
      },
    });
    expect(pages).toEqual([5, 5, 5, 5, 1]);
    expect(records).toHaveLength(21);
    expect(new Set(records).size).toBe(21);
  });

  it('keeps no more calls in flight than asked', async () => {
    let active = 0;
    let peak = 0;
    const inner = fakeClient(50);
    const client = {
      async queryPage(request: TerminalOtaReportRequest) {
        active += 1;
        peak = Math.max(peak, active);
        await new Promise((resolve) => setTimeout(resolve, 5));
        active -= 1;
        return inner.queryPage(request);
      },
    };
    const records = await fetchAllRecords(client, ids(20), range, {
      pageSize: 10,
      chunkSize: 5,
      concurrency: 3,
    });
    expect(records).toHaveLength(1000);
    expect(peak).toBe(3);
  });

  it('reads a chunk again when it changed while paging', async () => {
    const client = fakeClient(10, { growAfterCalls: 2 });
    const records = await fetchAllRecords(client, ids(1), range, { pageSize: 4, concurrency: 1 });
    // After growing, the device has 11 records; the re-read hands all of them on again (pages
    // stream on as they arrive, and the store keeps records by identity).
    const marks = new Set(records.map((r) => (r as { mark: string }).mark));
    expect(marks.size).toBe(11);
    expect(client.calls.length).toBeGreaterThan(3);
  });

  it('reports progress up to the total and fails on the first error', async () => {
    const seen: Array<number | null> = [];
    await fetchAllRecords(fakeClient(5), ids(2), range, {
      pageSize: 2,
      onProgress: (p) => seen.push(p.total),
    });
    expect(seen.at(-1)).toBe(10);
    const failing = { queryPage: async () => Promise.reject(new Error('down')) };
    await expect(fetchAllRecords(failing, ids(2), range)).rejects.toThrow('down');
  });
});
