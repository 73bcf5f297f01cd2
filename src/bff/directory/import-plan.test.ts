import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { Db } from '../db/open-database';
import type { DirectoryStore } from './directory-store';
import { applyPlan, planImport, summarize } from './import-plan';
import { memoryStore } from './test-db';

let db: Db;
let store: DirectoryStore;
beforeEach(async () => {
  ({ db, store } = await memoryStore());
});
afterEach(() => db.destroy());

const hex = (n: number) => n.toString(16).toUpperCase().padStart(32, '0');

describe('CSV import', () => {
  it('happy path: header, optional terminal number, ids in any case; a second run changes only what differs', async () => {
    const csv = [
      '\uFEFFdeviceName,productKey,terminalId,terminalNum',
      `dev-1,pk1,${hex(1).toLowerCase()},344050000001`,
      `dev-2,pk1,${hex(2)}`,
      '"dev-3",pk2,T-3,',
    ].join('\r\n');
    const plan = await planImport(csv, store);
    expect(summarize(plan, false)).toMatchObject({ lines: 3, added: 3, changed: 0, refused: 0 });
    expect(plan.added[0]).toMatchObject({
      line: 2,
      terminalId: hex(1),
      terminalNum: '344050000001',
    });
    await applyPlan(plan, store, 'alice');
    expect(await store.size()).toBe(3);

    const again = await planImport(
      `dev-1,pk1,${hex(1)},344050000001\ndev-2,pk1,${hex(9)}\n`,
      store,
    );
    expect(summarize(again, false)).toMatchObject({ added: 0, changed: 1, unchanged: 1 });
    expect(again.changed[0]).toMatchObject({ deviceName: 'dev-2', terminalId: hex(9) });
    expect(again.changed[0]!.before.terminalId).toBe(hex(2));
  });

  it('refuses bad lines with their line number and reason, and keeps the good ones', async () => {
    const csv = [
      'dev-1,pk1,T-1',
      'only,two',
      'bad name!,pk1,T-2',
      'dev-3,pk 1,T-3',
      'dev-4,pk1,T/4',
      'dev-5,pk1,T-5,num 5',
      'dev-6,pk1,T-6,6,extra',
      '',
      'dev-7,pk1,T-7',
    ].join('\n');
    const plan = await planImport(csv, store);
    expect(plan.added.map((r) => r.deviceName)).toEqual(['dev-1', 'dev-7']);
    expect(plan.refused.map((r) => [r.line, r.reason.split(' ').slice(0, 2).join(' ')])).toEqual([
      [2, 'Expected 3'],
      [3, 'Device name'],
      [4, 'ProductKey "pk'],
      [5, 'Terminal id'],
      [6, 'Terminal number'],
      [7, 'Expected 3'],
    ]);
    expect(plan.refused[1]!.reason).toContain('"bad name!"');
    // The console says each reason in its reader's language from the code and values.
    expect(plan.refused.map((r) => [r.code, r.values])).toEqual([
      ['columns', { found: 2 }],
      ['deviceName', { value: 'bad name!' }],
      ['productKey', { value: 'pk 1' }],
      ['terminalId', { value: 'T/4' }],
      ['terminalNum', { value: 'num 5' }],
      ['columns', { found: 5 }],
    ]);
  });

  it('refuses duplicates in the file and terminals that belong to another device', async () => {
    await applyPlan(await planImport('held,pk1,T-HELD\nmover,pk1,T-MOVE', store), store, 'a');
    const csv = [
      'dev-1,pk1,T-1',
      'dev-1,pk1,T-2', // same device again
      'dev-2,pk1,T-1', // same terminal again
      'dev-3,pk1,T-HELD', // held by a device this file does not map anew
      'dev-4,pk1,T-MOVE', // moves: its holder gets another terminal below
      'mover,pk1,T-NEW',
    ].join('\n');
    const plan = await planImport(csv, store);
    expect(plan.refused.map((r) => [r.line, r.reason])).toEqual([
      [2, 'Device pk1/dev-1 is already on line 1'],
      [3, 'Terminal id T-1 is already on line 1'],
      [4, 'Terminal id T-HELD already belongs to pk1/held'],
    ]);
    expect(plan.refused.map((r) => [r.code, r.values])).toEqual([
      ['deviceTwice', { device: 'pk1/dev-1', other: 1 }],
      ['terminalTwice', { terminalId: 'T-1', other: 1 }],
      ['terminalTaken', { terminalId: 'T-HELD', device: 'pk1/held' }],
    ]);
    expect(plan.added.map((r) => r.deviceName)).toEqual(['dev-1', 'dev-4']);
    expect(plan.changed.map((r) => r.deviceName)).toEqual(['mover']);
    await applyPlan(plan, store, 'a');
    expect((await store.byTerminalIds(['T-MOVE']))[0]!.deviceName).toBe('dev-4');
  });

  it('refuses a file that is not CSV, or has too many rows', async () => {
    await expect(planImport('dev-1,pk1,"T-1\ndev-2,pk1,T-2', store)).rejects.toThrow(
      /not valid CSV/,
    );
    const big = Array.from({ length: 100_001 }, (_, i) => `d${i},pk,t${i}`).join('\n');
    await expect(planImport(big, store)).rejects.toThrow(/more than 100,000 rows/);
    const withHeader = `deviceName,productKey,terminalId\n${big.split('\n').slice(1).join('\n')}`;
    await expect(planImport(withHeader, store)).resolves.toMatchObject({ lines: 100_000 });
  });

  it('imports 100,000 rows within the limits, in seconds', async () => {
    const lines = ['deviceName,productKey,terminalId,terminalNum'];
    for (let i = 0; i < 100_000; i++) lines.push(`dev-${i},pk1,${hex(i)},${344050000000 + i}`);
    const csv = lines.join('\n');
    expect(csv.length).toBeLessThan(8 * 1024 * 1024);
    const started = Date.now();
    const plan = await planImport(csv, store);
    await applyPlan(plan, store, 'bulk');
    expect(summarize(plan, true)).toMatchObject({ lines: 100_000, added: 100_000, refused: 0 });
    expect(await store.size()).toBe(100_000);
    const replan = await planImport(csv, store);
    expect(replan.unchanged).toBe(100_000);
    expect(Date.now() - started).toBeLessThan(60_000);
  }, 90_000);
});
