import { createHash } from 'node:crypto';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { TerminalOtaReportPage } from '../../shared/cloud';
import { allTasksOfJob, firmwareNamed, jobsOf, terminalIdsOf, TestEmulator } from './harness';
import { queryReport, reportLogin, reportToken } from './report-client';

let emu: TestEmulator;
let token: string;
let terminalIds: string[];
const WINDOW = { startTime: '2025-05-02 00:00:00', endTime: '2025-06-01 12:00:00' };

beforeAll(async () => {
  emu = await TestEmulator.start();
  token = await reportToken(emu);
  const fw = await firmwareNamed(emu, 'a1AssetTrk1', 'T1-main-2.4.0');
  const wave = (await jobsOf(emu, fw.FirmwareId as string)).at(-1)!;
  terminalIds = terminalIdsOf(
    emu,
    (await allTasksOfJob(emu, wave.JobId as string))
      .slice(0, 100)
      .map((task) => task.DeviceName as string),
  );
});
afterAll(() => emu.close());

describe('login', () => {
  it('answers a tokenId in the vendor envelope; the password may also be sent as MD5 hex', async () => {
    const plain = await reportLogin(emu);
    expect(plain.status).toBe(200);
    expect(plain.body).toMatchObject({ code: 200, message: 'Operation succeeded' });
    expect((plain.body.data as { tokenId: string }).tokenId).toMatch(/^[0-9A-F]{32}$/);
    const hashed = await reportLogin(emu, 'demo', createHash('md5').update('demo').digest('hex'));
    expect(hashed.body.code).toBe(200);
    expect((await reportLogin(emu, 'demo', 'demo', '/system')).body.code).toBe(200);
  });

  it('refuses a wrong password and a missing field', async () => {
    expect((await reportLogin(emu, 'demo', 'nope')).body).toEqual({
      code: 401,
      message: 'Incorrect user name or password',
      data: null,
    });
    expect((await reportLogin(emu, '', 'demo')).body.code).toBe(400);
  });
});

describe('queryTerminalOtaReport', () => {
  it('answers the seed 004 shape exactly', async () => {
    const { status, body } = await queryReport(emu, token, {
      ids: terminalIds.slice(0, 3),
      ...WINDOW,
      pageNum: 1,
      pageSize: 20,
    });
    expect(status).toBe(200);
    expect(body).toMatchObject({ code: 200, message: 'Operation succeeded' });
    const page = body.data as TerminalOtaReportPage;
    expect(Object.keys(page)).toEqual(['total', 'size', 'data']);
    expect(page.total).toBe(30);
    expect(page.size).toBe(2);
    expect(page.data).toHaveLength(20);
    const record = page.data[0]!;
    expect(Object.keys(record)).toEqual([
      'terminalId',
      'terminalNum',
      'upgradeInfo',
      'status',
      'sendTime',
      'sendTimestamp',
      'dateTime',
      'mark',
      'dateTimestamp',
    ]);
    expect(terminalIds.slice(0, 3)).toContain(record.terminalId);
    expect(record.terminalNum).toMatch(/^\d{12}$/);
    expect(typeof record.upgradeInfo).toBe('string');
    expect(record.sendTime).toBe(new Date(record.sendTimestamp).toISOString());
    expect(record.dateTime).toBe(new Date(record.dateTimestamp).toISOString());
    expect(record.mark).toMatch(/^[0-9A-F]{32}$/);
    const times = page.data.map((r) => r.sendTimestamp);
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it('covers 30 days in every status, with some malformed upgradeInfo strings', async () => {
    const statuses = new Set<number>();
    let malformed = 0;
    let total = 0;
    for (let pageNum = 1; ; pageNum++) {
      const { body } = await queryReport(emu, token, {
        ids: terminalIds,
        ...WINDOW,
        pageNum,
        pageSize: 100,
      });
      const page = body.data as TerminalOtaReportPage;
      total = page.total;
      for (const record of page.data) {
        statuses.add(record.status);
        try {
          const info = JSON.parse(record.upgradeInfo) as Record<string, unknown> | null;
          if (!info || typeof info.URL !== 'string') malformed += 1;
        } catch {
          malformed += 1;
        }
      }
      if (pageNum >= page.size) break;
    }
    expect(total).toBe(1000);
    expect([...statuses].sort()).toEqual([-1, 1, 2, 3, 4]);
    expect(malformed).toBeGreaterThan(0);
  });

  it('filters by sendTime within [startTime, endTime] (UTC)', async () => {
    const { body } = await queryReport(emu, token, {
      ids: terminalIds,
      startTime: '2025-05-31 00:00:00',
      endTime: '2025-05-31 23:59:59',
      pageNum: 1,
      pageSize: 100,
    });
    const page = body.data as TerminalOtaReportPage;
    expect(page.total).toBeGreaterThan(0);
    expect(page.total).toBeLessThan(1000);
    for (const record of page.data) expect(record.sendTime.startsWith('2025-05-31')).toBe(true);
  });

  it('serves the IP-host path /system/... too', async () => {
    const { body } = await queryReport(
      emu,
      token,
      { ids: terminalIds.slice(0, 1), ...WINDOW, pageNum: 1, pageSize: 5 },
      '/system',
    );
    expect((body.data as TerminalOtaReportPage).total).toBe(10);
  });

  it.each([
    ['a missing token', undefined, 401, /Missing token/],
    ['an unknown token', 'F'.repeat(32), 401, /Invalid token/],
  ])('refuses %s', async (_label, value, code, message) => {
    const { status, body } = await queryReport(emu, value, {
      ids: terminalIds.slice(0, 1),
      ...WINDOW,
      pageNum: 1,
      pageSize: 5,
    });
    expect(status).toBe(200);
    expect(body.code).toBe(code);
    expect(body.message).toMatch(message);
    expect(body.data).toBeNull();
  });

  it('refuses an expired token (forced through the test hook)', async () => {
    const own = await reportToken(emu);
    await emu.hook('report-tokens/expire', { token: own });
    const { body } = await queryReport(emu, own, {
      ids: terminalIds.slice(0, 1),
      ...WINDOW,
      pageNum: 1,
      pageSize: 5,
    });
    expect(body).toMatchObject({ code: 401, message: 'Token expired; log in again', data: null });
    const fresh = await queryReport(emu, token, {
      ids: terminalIds.slice(0, 1),
      ...WINDOW,
      pageNum: 1,
      pageSize: 5,
    });
    expect(fresh.body.code).toBe(200);
  });

  it.each([
    ['a bad date format', { startTime: '2025-05-01T00:00:00Z' }, 400, /startTime/],
    ['an impossible date', { endTime: '2025-02-30 00:00:00' }, 400, /endTime/],
    [
      'end before start',
      { startTime: '2025-06-01 00:00:00', endTime: '2025-05-01 00:00:00' },
      400,
      /before/,
    ],
    ['a page size over 1,000', { pageSize: 1001 }, 400, /pageSize/],
    ['page 0', { pageNum: 0 }, 400, /pageNum/],
    ['no ids', { ids: [] }, 400, /ids/],
    ['unknown ids', { ids: ['0'.repeat(32)] }, 404, /Unknown terminal ids: 0{32}/],
  ])('refuses %s', async (_label, patch, code, message) => {
    const { body } = await queryReport(emu, token, {
      ids: terminalIds.slice(0, 2),
      ...WINDOW,
      pageNum: 1,
      pageSize: 20,
      ...patch,
    });
    expect(body.code).toBe(code);
    expect(body.message).toMatch(message);
  });

  it('refuses a body that is not JSON in the same envelope', async () => {
    const { body } = await queryReport(emu, token, '{not json');
    expect(body.code).toBe(400);
    expect(body.data).toBeNull();
  });
});
