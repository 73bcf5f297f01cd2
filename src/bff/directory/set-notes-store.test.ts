import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { Db } from '../db/open-database';
import { type DeviceRef, Directory, REPORT_NAMED } from './directory';
import type { DirectoryStore } from './directory-store';
import { applyPlan, planImport } from './import-plan';
import { memoryStore } from './test-db';

let db: Db;
let store: DirectoryStore;
beforeEach(async () => {
  ({ db, store } = await memoryStore());
});
afterEach(() => db.destroy());

const fleet = (count: number, productKey = 'pkBig'): DeviceRef[] =>
  // Not in name order, so the list's order is the store's doing.
  Array.from({ length: count }, (_, i) => ({
    productKey,
    deviceName: `dev-${String((i * 7919) % count).padStart(6, '0')}`,
  }));

async function allPages(setKey: string | undefined, pageSize: number) {
  const names: string[] = [];
  for (let offset = 0; ; offset += pageSize) {
    const page = await store.notes.unmatched({ setKey, offset, limit: pageSize });
    names.push(...page.items.map((d) => d.deviceName));
    if (page.items.length < pageSize) return { total: page.total, names };
  }
}

describe('devices without a report terminal', () => {
  it('keeps every one of a 100,000-device set: the count equals the listed total, by name', async () => {
    const directory = new Directory(store, 'directory');
    // Three of them are in the directory.
    await applyPlan(
      await planImport(
        [
          'dev-000000,pkBig,00000000000000000000000000000000',
          'dev-050000,pkBig,00000000000000000000000000000001',
          'dev-099999,pkBig,00000000000000000000000000000002',
        ].join('\n'),
        store,
      ),
      store,
      'test',
    );
    const devices = fleet(100_000);
    const started = Date.now();
    const terminals = await directory.terminalsOfSet('pk:pkBig', devices);
    const ms = Date.now() - started;
    expect(terminals).toHaveLength(3);

    const notes = await directory.notesOf('pk:pkBig');
    expect(notes.unmatched?.count).toBe(99_997);
    // The report names the first few by name; the list has them all.
    expect(notes.unmatched?.devices).toHaveLength(REPORT_NAMED);
    expect(notes.unmatched?.devices[0]).toEqual({ productKey: 'pkBig', deviceName: 'dev-000001' });

    const listed = await allPages('pk:pkBig', 200);
    expect(listed.total).toBe(99_997);
    expect(listed.names).toHaveLength(99_997);
    expect(listed.names).toEqual([...listed.names].sort());
    expect(new Set(listed.names).size).toBe(99_997);
    expect(listed.names).not.toContain('dev-050000');
    expect(listed.names.at(-1)).toBe('dev-099998');
    // Written in batches within a request's patience even on a shared machine.
    expect(ms).toBeLessThan(10_000);
  }, 60_000);

  it('is replaced when the set is resolved again; other sets keep theirs', async () => {
    const directory = new Directory(store, 'directory');
    await directory.terminalsOfSet('pk:pkBig', fleet(5000));
    await directory.terminalsOfSet('job:j1', fleet(3, 'pkOther'));
    await directory.terminalsOfSet('pk:pkBig', fleet(1200));
    expect((await directory.notesOf('pk:pkBig')).unmatched?.count).toBe(1200);
    expect((await allPages('pk:pkBig', 500)).total).toBe(1200);
    expect((await allPages('job:j1', 500)).names).toEqual([
      'dev-000000',
      'dev-000001',
      'dev-000002',
    ]);
    // Every set together: each device once (the job's devices are another product's).
    expect((await allPages(undefined, 500)).total).toBe(1203);

    // All matched now: no note, no rows.
    await new Directory(store, 'deviceName').terminalsOfSet('pk:pkBig', fleet(1200));
    expect((await directory.notesOf('pk:pkBig')).unmatched).toBeUndefined();
    expect((await allPages('pk:pkBig', 500)).total).toBe(0);
    expect(await store.notes.withUnmatched(10)).toMatchObject([{ setKey: 'job:j1', count: 3 }]);
  });

  it('a device listed twice by the cloud is one device', async () => {
    const directory = new Directory(store, 'directory');
    await directory.terminalsOfSet('fw:f1', [...fleet(10), ...fleet(10)]);
    expect((await directory.notesOf('fw:f1')).unmatched?.count).toBe(10);
    expect((await allPages('fw:f1', 100)).total).toBe(10);
  });
});
