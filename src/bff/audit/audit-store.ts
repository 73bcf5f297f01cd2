import { mkdirSync } from 'node:fs';
import path from 'node:path';

import Database from 'better-sqlite3';

import type { AuditEvent, AuditOutcome } from '../../shared/contract/audit';

export interface NewAuditEvent {
  at: Date;
  username: string;
  role: string;
  action: string;
  method: string;
  route: string;
  parameters: Record<string, unknown>;
  outcome: AuditOutcome;
  statusCode: number;
  errorCode: string | null;
  requestId: string;
  upstreamRequestIds: string[];
}

export interface AuditSearch {
  user?: string;
  action?: string;
  outcome?: AuditOutcome;
  from?: string;
  to?: string;
}

interface Row {
  id: number;
  at: string;
  username: string;
  role: string;
  action: string;
  method: string;
  route: string;
  parameters: string;
  outcome: AuditOutcome;
  status_code: number;
  error_code: string | null;
  request_id: string;
  upstream_request_ids: string;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS audit_events (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  at_ms INTEGER NOT NULL,
  username TEXT NOT NULL,
  role TEXT NOT NULL,
  action TEXT NOT NULL,
  method TEXT NOT NULL,
  route TEXT NOT NULL,
  parameters TEXT NOT NULL,
  outcome TEXT NOT NULL CHECK (outcome IN ('success', 'failure', 'denied')),
  status_code INTEGER NOT NULL,
  error_code TEXT,
  request_id TEXT NOT NULL,
  upstream_request_ids TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS audit_events_at ON audit_events (at_ms);
CREATE INDEX IF NOT EXISTS audit_events_user ON audit_events (username, at_ms);
CREATE INDEX IF NOT EXISTS audit_events_action ON audit_events (action, at_ms);
`;

function parseJson<T>(text: string, fallback: T): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

function toEvent(row: Row): AuditEvent {
  return {
    id: row.id,
    at: row.at,
    username: row.username,
    role: row.role,
    action: row.action,
    method: row.method,
    route: row.route,
    parameters: parseJson<Record<string, unknown>>(row.parameters, {}),
    outcome: row.outcome,
    statusCode: row.status_code,
    errorCode: row.error_code,
    requestId: row.request_id,
    upstreamRequestIds: parseJson<string[]>(row.upstream_request_ids, []),
  };
}

/**
 * The audit trail in its own SQLite file (`audit.sqlite` in the data folder, WAL, fully synced),
 * so no other store's writes contend with it and a committed event survives a crash or restart.
 */
export class AuditStore {
  private readonly db: Database.Database;
  private readonly insertStatement: Database.Statement;

  constructor(readonly file: string) {
    mkdirSync(path.dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(SCHEMA);
    this.insertStatement = this.db.prepare(`
      INSERT INTO audit_events (at, at_ms, username, role, action, method, route, parameters,
        outcome, status_code, error_code, request_id, upstream_request_ids)
      VALUES (@at, @atMs, @username, @role, @action, @method, @route, @parameters,
        @outcome, @statusCode, @errorCode, @requestId, @upstreamRequestIds)`);
  }

  static inDataDir(dataDir: string): AuditStore {
    return new AuditStore(path.join(dataDir, 'audit.sqlite'));
  }

  record(event: NewAuditEvent): number {
    const result = this.insertStatement.run({
      at: event.at.toISOString(),
      atMs: event.at.getTime(),
      username: event.username,
      role: event.role,
      action: event.action,
      method: event.method,
      route: event.route,
      parameters: JSON.stringify(event.parameters),
      outcome: event.outcome,
      statusCode: event.statusCode,
      errorCode: event.errorCode,
      requestId: event.requestId,
      upstreamRequestIds: JSON.stringify(event.upstreamRequestIds),
    });
    return Number(result.lastInsertRowid);
  }

  private where(search: AuditSearch): { sql: string; values: Record<string, unknown> } {
    const clauses: string[] = [];
    const values: Record<string, unknown> = {};
    if (search.user) {
      // Part of the name, any letter case: "MAN" finds manager.
      clauses.push('instr(lower(username), lower(@user)) > 0');
      values.user = search.user;
    }
    if (search.action) {
      clauses.push('action = @action');
      values.action = search.action;
    }
    if (search.outcome) {
      clauses.push('outcome = @outcome');
      values.outcome = search.outcome;
    }
    if (search.from) {
      clauses.push('at_ms >= @from');
      values.from = Date.parse(search.from);
    }
    if (search.to) {
      clauses.push('at_ms <= @to');
      values.to = Date.parse(search.to);
    }
    return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', values };
  }

  search(
    search: AuditSearch,
    page: number,
    pageSize: number,
  ): { items: AuditEvent[]; total: number } {
    const { sql, values } = this.where(search);
    const total = (
      this.db.prepare(`SELECT COUNT(*) AS n FROM audit_events ${sql}`).get(values) as { n: number }
    ).n;
    const rows = this.db
      .prepare(`SELECT * FROM audit_events ${sql} ORDER BY id DESC LIMIT @limit OFFSET @offset`)
      .all({ ...values, limit: pageSize, offset: (page - 1) * pageSize }) as Row[];
    return { items: rows.map(toEvent), total };
  }

  /** Every action name recorded so far, in name order (the page's Action choices). */
  actions(): string[] {
    const rows = this.db
      .prepare('SELECT DISTINCT action FROM audit_events ORDER BY action')
      .all() as Array<{ action: string }>;
    return rows.map((row) => row.action);
  }

  /** Newest first, at most `limit` events. */
  *iterate(search: AuditSearch, limit: number): Generator<AuditEvent> {
    const { sql, values } = this.where(search);
    const statement = this.db.prepare(
      `SELECT * FROM audit_events ${sql} ORDER BY id DESC LIMIT @limit`,
    );
    for (const row of statement.iterate({ ...values, limit }) as Iterable<Row>) yield toEvent(row);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
