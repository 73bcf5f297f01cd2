import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import Database from 'better-sqlite3';

import {
  DEFAULT_KIOSK_SETTINGS,
  type KioskPanel,
  type KioskSettings,
  kioskSettingsSchema,
} from '../../shared/contract/kiosk';

export interface KioskLink {
  id: string;
  label: string;
  panels: KioskPanel[];
  settings: KioskSettings;
  createdAt: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
}

interface Row {
  id: string;
  token_hash: string;
  label: string;
  panels: string;
  settings: string;
  created_at: number;
  revoked_at: number | null;
  last_used_at: number | null;
}

const hash = (token: string) => createHash('sha256').update(token).digest('hex');
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function toLink(row: Row): KioskLink {
  const panels = parseJson(row.panels);
  // A row written before a setting existed reads with that setting's default.
  const settings = kioskSettingsSchema.safeParse(parseJson(row.settings) ?? {});
  return {
    id: row.id,
    label: row.label,
    panels: Array.isArray(panels) ? (panels as KioskPanel[]) : [],
    settings: settings.success ? settings.data : DEFAULT_KIOSK_SETTINGS,
    createdAt: iso(row.created_at) as string,
    revokedAt: iso(row.revoked_at),
    lastUsedAt: iso(row.last_used_at),
  };
}

export const kioskDatabaseFile = (dataDir: string) => path.join(dataDir, 'console.sqlite');

/**
 * Kiosk links in SQLite (`DATA_DIR/console.sqlite`, table `kiosk_links`). A link's token is 32 random
 * bytes shown once; only its SHA-256 is stored. Revoking sets `revoked_at`; sessions made from the
 * link end on their next request (the auth plugin asks `isActive`).
 */
export class KioskLinkStore {
  private readonly db: Database.Database;

  constructor(file: string) {
    mkdirSync(path.dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('busy_timeout = 2000');
    this.db.exec(`CREATE TABLE IF NOT EXISTS kiosk_links (
      id TEXT PRIMARY KEY,
      token_hash TEXT NOT NULL UNIQUE,
      label TEXT NOT NULL,
      panels TEXT NOT NULL DEFAULT '[]',
      created_at INTEGER NOT NULL,
      revoked_at INTEGER,
      last_used_at INTEGER
    )`);
    this.migrate();
  }

  /** Schema versions of this file, counted in `PRAGMA user_version`. */
  private migrate(): void {
    const version = this.db.pragma('user_version', { simple: true }) as number;
    if (version < 1) {
      // v1: per-link settings (range, rotation, stuck threshold, zone, language) as JSON.
      const columns = this.db.prepare("SELECT name FROM pragma_table_info('kiosk_links')").all();
      if (!columns.some((c) => (c as { name: string }).name === 'settings'))
        this.db.exec("ALTER TABLE kiosk_links ADD COLUMN settings TEXT NOT NULL DEFAULT '{}'");
      this.db.pragma('user_version = 1');
    }
  }

  issue(
    options: { label?: string; panels?: KioskPanel[]; settings?: Partial<KioskSettings> } = {},
  ): { link: KioskLink; token: string } {
    const id = `k${randomBytes(6).toString('hex')}`;
    const token = randomBytes(32).toString('base64url');
    const settings = kioskSettingsSchema.parse(options.settings ?? {});
    this.db
      .prepare(
        'INSERT INTO kiosk_links (id, token_hash, label, panels, settings, created_at) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(
        id,
        hash(token),
        options.label ?? 'Kiosk',
        JSON.stringify(options.panels ?? []),
        JSON.stringify(settings),
        Date.now(),
      );
    return { link: this.get(id) as KioskLink, token };
  }

  /**
   * The link a token names (active or revoked), or null for an unknown token. Records the use of
   * an active one.
   */
  find(token: string, { touch = true } = {}): KioskLink | null {
    const digest = hash(token);
    const row = this.db.prepare('SELECT * FROM kiosk_links WHERE token_hash = ?').get(digest) as
      Row | undefined;
    if (!row || !timingSafeEqual(Buffer.from(row.token_hash), Buffer.from(digest))) return null;
    if (touch && row.revoked_at === null)
      this.db
        .prepare('UPDATE kiosk_links SET last_used_at = ? WHERE id = ?')
        .run(Date.now(), row.id);
    return toLink(row);
  }

  /** The active link a token opens, or null (unknown or revoked). Records the use. */
  verify(token: string, options: { touch?: boolean } = {}): KioskLink | null {
    const link = this.find(token, options);
    return link && link.revokedAt === null ? link : null;
  }

  /** The settings of a link issued with none (a console user opening /kiosk sees these). */
  defaults(): KioskSettings {
    return DEFAULT_KIOSK_SETTINGS;
  }

  isActive(id: string): boolean {
    const row = this.db.prepare('SELECT revoked_at FROM kiosk_links WHERE id = ?').get(id) as
      Pick<Row, 'revoked_at'> | undefined;
    return row !== undefined && row.revoked_at === null;
  }

  get(id: string): KioskLink | null {
    const row = this.db.prepare('SELECT * FROM kiosk_links WHERE id = ?').get(id) as
      Row | undefined;
    return row ? toLink(row) : null;
  }

  list(): KioskLink[] {
    return (this.db.prepare('SELECT * FROM kiosk_links ORDER BY created_at').all() as Row[]).map(
      toLink,
    );
  }

  /** Ends a link. Answers false when there is no such active link. */
  revoke(id: string): boolean {
    return (
      this.db
        .prepare('UPDATE kiosk_links SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL')
        .run(Date.now(), id).changes > 0
    );
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

export const kioskUrl = (baseUrl: string, token: string) =>
  `${baseUrl.replace(/\/$/, '')}/kiosk?token=${token}`;

/**
 * The link printed at start: the one issued at an earlier start while it is still active (its token
 * is kept in `DATA_DIR/kiosk-startup-token`, readable by the owner only), else a new one.
 */
export function startupKioskLink(store: KioskLinkStore, dataDir: string, baseUrl: string): string {
  const file = path.join(dataDir, 'kiosk-startup-token');
  if (existsSync(file)) {
    const token = readFileSync(file, 'utf8').trim();
    if (token && store.verify(token, { touch: false })) return kioskUrl(baseUrl, token);
  }
  const { token } = store.issue({ label: 'Printed at start' });
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, token, { mode: 0o600 });
  return kioskUrl(baseUrl, token);
}
