import { describe, expect, it } from 'vitest';

import { parseUpgradeInfo } from '../../shared/report/upgrade-info';
import {
  buildDataset,
  chooseBucket,
  countStatuses,
  sortedRecords,
  timeline,
  toRow,
} from './aggregate';
import { csvCell, csvChunks } from './csv';

const H = 3_600_000;
const good = '{"TYPE":"0","MODE":"1","PROTOCOL":"0","VERSION":"2.4.0","URL":"http://x/fw.bin"}';
const rec = (
  terminalId: string,
  status: number,
  send: number,
  info = good,
  mark = `${terminalId}-${send}`,
) => ({
  terminalId,
  terminalNum: `N-${terminalId}`,
  status,
  upgradeInfo: info,
  sendTimestamp: send,
  dateTimestamp: send + 60_000,
  mark,
});

describe('upgradeInfo', () => {
  it('reads the seed-004 JSON and names the codes', () => {
    expect(parseUpgradeInfo(good)).toEqual({
      version: '2.4.0',
      url: 'http://x/fw.bin',
      protocol: 'FTP',
      mode: 'Differential',
      type: 'App',
    });
  });

  it.each([
    '{"TYPE":"0","VERSION":"2.1.0","URL":"http://ota',
    '',
    'VERSION=2.2.0;URL=x',
    '{"TYPE":0,"MODE":"1"}',
    'null',
    '[1]',
  ])('answers null for malformed %j', (raw) => expect(parseUpgradeInfo(raw)).toBeNull());
});

describe('aggregation', () => {
  const raw = [
    rec('A', 1, 1 * H),
    rec('A', 3, 5 * H),
    rec('B', 4, 2 * H, 'not json'),
    rec('B', 4, 2 * H, 'not json'), // a repeat from a page that moved
    rec('C', -1, 30 * H),
    rec('C', 2, 26 * H),
  ];
  const dataset = buildDataset(raw, { from: 0, to: 48 * H }, 4);

  it('counts every record once and each device’s latest', () => {
    expect(dataset.all).toHaveLength(5);
    expect(countStatuses(dataset.all)).toEqual({
      sendFailed: 1,
      waiting: 1,
      downloading: 1,
      succeeded: 1,
      failed: 1,
    });
    expect(countStatuses(dataset.latest)).toEqual({
      sendFailed: 1,
      waiting: 0,
      downloading: 0,
      succeeded: 1,
      failed: 1,
    });
  });

  it('buckets the timeline by UTC hour or day, empty buckets included', () => {
    const days = timeline(dataset.all, 0, 48 * H, 'day');
    expect(days.map((d) => d.at)).toEqual([
      '1970-01-01T00:00:00.000Z',
      '1970-01-02T00:00:00.000Z',
      '1970-01-03T00:00:00.000Z',
    ]);
    expect(days[0]).toMatchObject({ waiting: 1, succeeded: 1, failed: 1 });
    expect(days[1]).toMatchObject({ sendFailed: 1, downloading: 1 });
    expect(timeline(dataset.all, 0, 48 * H, 'hour')).toHaveLength(49);
    expect(chooseBucket(0, 48 * H)).toBe('hour');
    expect(chooseBucket(0, 30 * 24 * H)).toBe('day');
    expect(chooseBucket(0, 90 * 24 * H, 'hour')).toBe('day');
  });

  it('sorts on any column and shows a malformed upgradeInfo as raw text', () => {
    const byStatus = sortedRecords(dataset, 'all', 'status', 'asc').map((r) => r.status);
    expect(byStatus).toEqual([-1, 1, 2, 3, 4]);
    const byDevice = sortedRecords(dataset, 'latest', 'device', 'desc').map((r) => r.terminalId);
    expect(byDevice).toEqual(['C', 'B', 'A']);
    const b = toRow(dataset.latest.find((r) => r.terminalId === 'B')!);
    expect(b).toMatchObject({ version: null, url: null, upgradeInfoRaw: 'not json' });
    const a = toRow(dataset.latest.find((r) => r.terminalId === 'A')!);
    expect(a).toMatchObject({
      version: '2.4.0',
      protocol: 'FTP',
      mode: 'Differential',
      upgradeInfoRaw: null,
    });
  });

  it('writes CSV with a header, one line per record and formula-safe cells', () => {
    const text = [...csvChunks(dataset.all, 2)].join('');
    const lines = text.trim().split('\r\n');
    expect(lines).toHaveLength(6);
    expect(lines[0]).toContain('Device,Device number,Status');
    expect(csvCell('=cmd()')).toBe(`"'=cmd()"`);
    expect(csvCell('a,"b"')).toBe('"a,""b"""');
  });
});
