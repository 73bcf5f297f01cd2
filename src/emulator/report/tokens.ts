import { randomBytes } from 'node:crypto';

import type { Database } from 'better-sqlite3';

import { stmt } from '../db/statements';

/** Token ids look like the vendor family's: 32 upper-case hex characters. */
export function issueReportToken(db: Database, userName: string, ttlMs: number, now = Date.now()) {
  const token = randomBytes(16).toString('hex').toUpperCase();
  const expiresAt = now + ttlMs;
  stmt(db, 'DELETE FROM report_tokens WHERE expires_at < ?').run(now);
  stmt(db, 'INSERT INTO report_tokens (token, user_name, expires_at) VALUES (?, ?, ?)').run(
    token,
    userName,
    expiresAt,
  );
  return { token, expiresAt };
}

export type TokenCheck = 'ok' | 'missing' | 'invalid' | 'expired';

export function checkReportToken(
  db: Database,
  token: string | undefined,
  now = Date.now(),
): TokenCheck {
  if (!token) return 'missing';
  const row = stmt(db, 'SELECT expires_at FROM report_tokens WHERE token = ?').get(token) as
    { expires_at: number } | undefined;
  if (!row) return 'invalid';
  return row.expires_at <= now ? 'expired' : 'ok';
}

/** Test hook: makes one token (or all) expire now. Returns how many were changed. */
export function expireReportTokens(db: Database, token?: string): number {
  const expired = Date.now() - 1;
  const result = token
    ? stmt(db, 'UPDATE report_tokens SET expires_at = ? WHERE token = ?').run(expired, token)
    : stmt(db, 'UPDATE report_tokens SET expires_at = ?').run(expired);
  return result.changes;
}
