import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { DirectoryImportResult, DirectoryList } from '../../shared/contract/directory';
import type { UnmatchedList } from '../../shared/contract/directory-unmatched';
import { type Harness, startHarness } from '../testing/harness';

let h: Harness;
let manager: string;
let viewer: string;
beforeAll(async () => {
  h = await startHarness();
  manager = await h.login('manager');
  viewer = await h.login('viewer');
});
afterAll(() => h.close());

const csv = [
  'deviceName,productKey,terminalId,terminalNum',
  'new-1,a1AssetTrk1,11111111111111111111111111111111,',
  'trk-00001,a1AssetTrk1,22222222222222222222222222222222,',
  'broken line',
].join('\n');

describe('directory API', () => {
  it('demo mode starts with the seeded mapping of every emulator device', async () => {
    const list = (
      await h.request('GET', '/api/directory?pageSize=5', { cookie: viewer })
    ).json<DirectoryList>();
    expect(list.rule).toBe('directory');
    expect(list.size).toBe(2000);
    expect(list.items[0]).toMatchObject({ productKey: 'a1AssetTrk1', updatedBy: 'demo' });
    const found = (
      await h.request('GET', '/api/directory?q=TRK-0000', { cookie: viewer })
    ).json<DirectoryList>();
    expect(found.total).toBe(9);
  });

  it('previews an import without writing it, then imports it with one audit entry', async () => {
    const preview = await h.request('POST', '/api/directory/import/preview', {
      cookie: manager,
      body: { csv, fileName: 'mapping.csv' },
    });
    expect(preview.statusCode).toBe(200);
    expect(preview.json<DirectoryImportResult>()).toMatchObject({
      applied: false,
      lines: 3,
      added: 1,
      changed: 1,
      refused: 1,
      samples: {
        changed: [{ deviceName: 'trk-00001', before: { deviceName: 'trk-00001' } }],
        refused: [{ line: 4, text: 'broken line' }],
      },
    });
    const untouched = (
      await h.request('GET', '/api/directory?q=new-1', { cookie: viewer })
    ).json<DirectoryList>();
    expect(untouched.total).toBe(0);

    const done = await h.request('POST', '/api/directory/import', {
      cookie: manager,
      body: { csv, fileName: 'mapping.csv' },
    });
    expect(done.json<DirectoryImportResult>()).toMatchObject({
      applied: true,
      added: 1,
      changed: 1,
    });
    const now = (
      await h.request('GET', '/api/directory?q=new-1', { cookie: viewer })
    ).json<DirectoryList>();
    expect(now.items).toMatchObject([
      { terminalId: '11111111111111111111111111111111', updatedBy: 'manager' },
    ]);

    const audit = (
      await h.request('GET', '/api/audit?action=ImportDirectory', { cookie: manager })
    ).json<{ items: Array<{ username: string; parameters: Record<string, unknown> }> }>();
    expect(audit.items).toHaveLength(1);
    expect(audit.items[0]).toMatchObject({
      username: 'manager',
      parameters: { fileName: 'mapping.csv', lines: 3, added: 1, changed: 1, refused: 1 },
    });
  });

  it('lists devices without a report terminal; bad queries are 400, never 5xx', async () => {
    const none = await h.request('GET', '/api/directory/unmatched?jobId=never-reported', {
      cookie: viewer,
    });
    expect(none.statusCode).toBe(200);
    expect(none.json<UnmatchedList>()).toMatchObject({
      set: { kind: 'job', id: 'never-reported', notedAt: null },
      total: 0,
      items: [],
      page: 1,
      pageSize: 50,
    });
    for (const query of [
      'pageSize=0',
      'pageSize=201',
      'pageSize=ten',
      'page=0',
      'page=1.5',
      'page=100001',
      'productKey=a%20b',
      'firmwareId=%27%3B--',
      `jobId=${'j'.repeat(65)}`,
    ]) {
      const bad = await h.request('GET', `/api/directory/unmatched?${query}`, { cookie: viewer });
      expect(bad.statusCode, query).toBe(400);
    }
    const anonymous = await h.request('GET', '/api/directory/unmatched');
    expect(anonymous.statusCode).toBe(401);
  });

  it('only managers import', async () => {
    for (const path of ['/api/directory/import', '/api/directory/import/preview']) {
      const refused = await h.request('POST', path, { cookie: viewer, body: { csv } });
      expect(refused.statusCode).toBe(403);
    }
  });

  it('refuses files over the size limit with a clear error', async () => {
    const big = 'x'.repeat(8 * 1024 * 1024 + 1);
    const tooLarge = await h.request('POST', '/api/directory/import/preview', {
      cookie: manager,
      body: { csv: big },
    });
    expect(tooLarge.statusCode).toBe(400);
    expect(JSON.stringify(tooLarge.json())).toMatch(/larger than 8 MB/);
    const notCsv = await h.request('POST', '/api/directory/import/preview', {
      cookie: manager,
      body: { csv: 'a,"b\nc' },
    });
    expect(notCsv.statusCode).toBe(400);
    expect(notCsv.json().message).toMatch(/not valid CSV/);
  });
});
