import { createHash, randomBytes } from 'node:crypto';

import type { Kysely } from 'kysely';

declare module '../db/schema' {
  interface Database {
    console_sessions: ConsoleSessionsTable;
  }
}

export interface ConsoleSessionsTable {
  id_hash: string;
  username: string;
  credential: string;
  created_at: number;
  seen_at: number;
}

export interface StoredConsoleSession {
  username: string;
  /** The credential tag of the password hash the session was opened with. */
  credential: string;
  createdAt: number;
  seenAt: number;
}

/** Where console sessions live; small so a Postgres version can follow. */
export interface SessionStore {
  /** Records a new session and answers its id (random, 256 bits), which only the cookie holds. */
  create(session: { username: string; credential: string; at: number }): Promise<string>;
  find(id: string): Promise<StoredConsoleSession | undefined>;
  touch(id: string, at: number): Promise<void>;
  revoke(id: string): Promise<void>;
  /** Ends every session idle since `idleSince` or opened before `openedBefore`; answers how many. */
  purgeExpired(limits: { idleSince: number; openedBefore: number }): Promise<number>;
}

/** What the table keeps of a session id. */
export const sessionIdHash = (id: string) => createHash('sha256').update(id).digest('base64url');
const hashOf = sessionIdHash;

type Db = Kysely<{ console_sessions: ConsoleSessionsTable }>;

export class SqlSessionStore implements SessionStore {
  constructor(private readonly db: Db) {}

  async create(session: { username: string; credential: string; at: number }): Promise<string> {
    const id = randomBytes(32).toString('base64url');
    await this.db
      .insertInto('console_sessions')
      .values({
        id_hash: hashOf(id),
        username: session.username,
        credential: session.credential,
        created_at: session.at,
        seen_at: session.at,
      })
      .execute();
    return id;
  }

  async find(id: string): Promise<StoredConsoleSession | undefined> {
    const row = await this.db
      .selectFrom('console_sessions')
      .select(['username', 'credential', 'created_at', 'seen_at'])
      .where('id_hash', '=', hashOf(id))
      .executeTakeFirst();
    return row
      ? {
          username: row.username,
          credential: row.credential,
          createdAt: Number(row.created_at),
          seenAt: Number(row.seen_at),
        }
      : undefined;
  }

  async touch(id: string, at: number): Promise<void> {
    await this.db
      .updateTable('console_sessions')
      .set({ seen_at: at })
      .where('id_hash', '=', hashOf(id))
      .execute();
  }

  async revoke(id: string): Promise<void> {
    await this.db.deleteFrom('console_sessions').where('id_hash', '=', hashOf(id)).execute();
  }

  async purgeExpired(limits: { idleSince: number; openedBefore: number }): Promise<number> {
    const result = await this.db
      .deleteFrom('console_sessions')
      .where((eb) =>
        eb.or([eb('seen_at', '<', limits.idleSince), eb('created_at', '<', limits.openedBefore)]),
      )
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
