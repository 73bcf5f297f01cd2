import type { Kysely } from 'kysely';

import {
  DEFAULT_PREFERENCES,
  type Preferences,
  type PreferencesUpdate,
  timeZoneChoiceSchema,
} from '../../shared/contract/preferences';
import { isLocale } from '../../shared/i18n/locales';

declare module '../db/schema' {
  interface Database {
    user_preferences: UserPreferencesTable;
  }
}

export interface UserPreferencesTable {
  username: string;
  time_zone: string;
  locale: string | null;
  /** ISO time of the last change. */
  updated_at: string;
}

/** Where each user's settings live; small so a Postgres version can follow. */
export interface PreferencesStore {
  /** The user's settings, or the defaults for a user who never changed one. */
  get(username: string): Promise<Preferences>;
  /** Changes the settings named in `update` (the others keep their value); answers them all. */
  update(username: string, update: PreferencesUpdate, at: Date): Promise<Preferences>;
}

type Db = Kysely<{ user_preferences: UserPreferencesTable }>;

/** A stored row read back defensively: a value an older or newer BFF wrote falls to the default. */
function fromRow(row: Pick<UserPreferencesTable, 'time_zone' | 'locale'>): Preferences {
  const timeZone = timeZoneChoiceSchema.safeParse(row.time_zone);
  return {
    timeZone: timeZone.success ? timeZone.data : DEFAULT_PREFERENCES.timeZone,
    locale: isLocale(row.locale) ? row.locale : null,
  };
}

export class SqlPreferencesStore implements PreferencesStore {
  constructor(private readonly db: Db) {}

  async get(username: string): Promise<Preferences> {
    const row = await this.db
      .selectFrom('user_preferences')
      .select(['time_zone', 'locale'])
      .where('username', '=', username)
      .executeTakeFirst();
    return row ? fromRow(row) : { ...DEFAULT_PREFERENCES };
  }

  async update(username: string, update: PreferencesUpdate, at: Date): Promise<Preferences> {
    return this.db.transaction().execute(async (trx) => {
      const current = await new SqlPreferencesStore(trx).get(username);
      const next: Preferences = {
        timeZone: update.timeZone ?? current.timeZone,
        locale: update.locale === undefined ? current.locale : update.locale,
      };
      const values = {
        time_zone: next.timeZone,
        locale: next.locale,
        updated_at: at.toISOString(),
      };
      await trx
        .insertInto('user_preferences')
        .values({ username, ...values })
        .onConflict((oc) => oc.column('username').doUpdateSet(values))
        .execute();
      return next;
    });
  }
}
