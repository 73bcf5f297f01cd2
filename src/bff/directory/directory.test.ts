import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { Db } from '../db/open-database';
import { Directory } from './directory';
import type { DirectoryStore } from './directory-store';
import { applyPlan, planImport } from './import-plan';
import { memoryStore } from './test-db';

let db: Db;
let store: DirectoryStore;
beforeEach(async () => {
  ({ db, store } = await memoryStore());
  // One imported entry (with a terminal number) and one terminal known only by its number.
  const csv = [
    'deviceName,productKey,terminalId,terminalNum',
    'dev-a,pk1,aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa,344050000001',
    'other-name,pk1,BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB,dev-b',
  ].join('\n');
  await applyPlan(await planImport(csv, store), store, 'test');
});
afterEach(() => db.destroy());

const devices = [
  { productKey: 'pk1', deviceName: 'dev-a', iotId: 'iot-a' },
  { productKey: 'pk1', deviceName: 'dev-b', iotId: 'iot-b' },
  { productKey: 'pk1', deviceName: 'dev-c', iotId: 'iot-c' },
  { productKey: 'pk1', deviceName: 'dev-d' },
];

const terminals = async (rule: Directory['rule']) => {
  const result = await new Directory(store, rule).terminalsFor(devices);
  return {
    matched: Object.fromEntries(result.matched.map((m) => [m.deviceName, m.terminalId])),
    unmatched: result.unmatched.map((d) => d.deviceName),
  };
};

describe('REPORT_TERMINAL_MATCH', () => {
  it('directory: imported entries only; the rest are unmatched', async () => {
    expect(await terminals('directory')).toEqual({
      matched: { 'dev-a': 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' },
      unmatched: ['dev-b', 'dev-c', 'dev-d'],
    });
  });

  it('deviceName: the terminal id is the DeviceName (entries still come first)', async () => {
    expect(await terminals('deviceName')).toEqual({
      matched: {
        'dev-a': 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
        'dev-b': 'dev-b',
        'dev-c': 'dev-c',
        'dev-d': 'dev-d',
      },
      unmatched: [],
    });
  });

  it('iotId: the terminal id is the IotId; a device listed without one is unmatched', async () => {
    expect(await terminals('iotId')).toEqual({
      matched: {
        'dev-a': 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
        'dev-b': 'iot-b',
        'dev-c': 'iot-c',
      },
      unmatched: ['dev-d'],
    });
  });

  it('terminalNum: the terminal whose number is the DeviceName', async () => {
    expect(await terminals('terminalNum')).toEqual({
      matched: {
        'dev-a': 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
        'dev-b': 'BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB',
      },
      unmatched: ['dev-c', 'dev-d'],
    });
  });
});

describe('typed device ids', () => {
  it('takes device names, terminal ids in any case, and terminal numbers', async () => {
    const directory = new Directory(store, 'directory');
    expect(
      await directory.resolveTyped([
        'dev-a',
        'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb',
        '344050000001',
        'cccccccccccccccccccccccccccccccc',
      ]),
    ).toEqual([
      { terminalId: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', deviceName: 'dev-a', productKey: 'pk1' },
      {
        terminalId: 'BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB',
        deviceName: 'other-name',
        productKey: 'pk1',
      },
      // Unknown to the directory: passed on (upper-cased) for the report API to judge.
      { terminalId: 'CCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCC', deviceName: null, productKey: null },
    ]);
  });
});
