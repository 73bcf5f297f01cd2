import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { migrateToLatest } from '../db/migrate';
import { openDatabase } from '../db/open-database';
import { SqlPreferencesStore } from './preferences-store';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function open(file: string) {
  const db = openDatabase(file);
  await migrateToLatest(db);
  return { db, store: new SqlPreferencesStore(db) };
}

describe('SqlPreferencesStore', () => {
  it('keeps settings across restarts of the BFF', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'prefs-'));
    dirs.push(dir);
    const file = path.join(dir, 'bff.sqlite');
    const first = await open(file);
    await first.store.update('alice', { timeZone: 'UTC' }, new Date());
    await first.db.destroy();

    const second = await open(file);
    expect(await second.store.get('alice')).toEqual({ timeZone: 'UTC', locale: null });
    expect(await second.store.get('bob')).toEqual({ timeZone: 'browser', locale: null });
    await second.db.destroy();
  });

  it('reads a value it does not know (written by another version) as the default', async () => {
    const { db, store } = await open(':memory:');
    await db
      .insertInto('user_preferences')
      .values({ username: 'carol', time_zone: 'Europe/Paris', locale: 'fr', updated_at: 'x' })
      .execute();
    expect(await store.get('carol')).toEqual({ timeZone: 'browser', locale: null });
    await db.destroy();
  });
});
