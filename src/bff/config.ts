import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import bcrypt from 'bcryptjs';

import { type ConsoleUser, loadUsersFile } from './auth/users-file';
import type { TaskListing } from './cloud/cloud-service';
import type { TokenBucketOptions } from './cloud/rate-limiter';
import {
  DEMO_ACCESS_KEY_ID,
  DEMO_ACCESS_KEY_SECRET,
  DEMO_ACCOUNTS,
  DEMO_REPORT_PASSWORD,
  DEMO_REPORT_USERNAME,
} from './demo-defaults';
import { ConfigError, type Env, isDemoMode } from './env';

export interface UpstreamConfig {
  endpoint: string;
  accessKeyId: string;
  accessKeySecret: string;
  regionId?: string;
  iotInstanceId?: string;
  timeoutMs: number;
  /** Token bucket in front of every call with this AccessKeyId. */
  rateLimit?: TokenBucketOptions;
  /** How a whole firmware's tasks are listed; `per-firmware` only against our emulator. */
  taskListing: TaskListing;
  /** How long identical reads are answered from memory (OTA_READ_CACHE_MS). */
  readCacheMs: number;
}

export interface ReportConfig {
  baseUrl: string;
  username: string;
  password: string;
  /** Records per upstream page (REPORT_PAGE_SIZE). */
  pageSize?: number;
}

/** The emulator pages up to 1,000 records; the vendor's cap is undocumented, so 100 is the safe ask. */
export const DEMO_REPORT_PAGE_SIZE = 1000;
export const PRODUCTION_REPORT_PAGE_SIZE = 100;

/** How the report store keeps in sync (src/bff/report/sync). */
export interface ReportSyncConfig {
  retentionDays: number;
  overlapSeconds: number;
  supersededEvery: number;
}

export interface BffConfig {
  mode: 'demo' | 'production';
  dataDir: string;
  upstream: UpstreamConfig;
  report: ReportConfig;
  /** 32-byte key for the encrypted session cookie. */
  sessionKey: Buffer;
  users: ConsoleUser[];
  /** CONSOLE_USERS_FILE, re-read when it changes (a removed user or a new hash ends sessions). */
  usersFile: string | null;
  session: { idleMs: number; maxMs: number };
  /** Built SPA to serve; null serves the API only (tests, dev mode with Vite). */
  staticDir: string | null;
  logLevel: Env['LOG_LEVEL'];
  kioskRefreshSeconds: number;
  reportSync: ReportSyncConfig;
  /** Fastify's `trustProxy`: the reverse proxy whose X-Forwarded-* headers count. */
  trustProxy: Env['TRUST_PROXY'];
  /** REPORT_TERMINAL_MATCH: how devices meet report terminals beyond the directory's entries. */
  terminalMatch: Env['REPORT_TERMINAL_MATCH'];
}

export const MIN_SESSION_SECRET_LENGTH = 32;

function demoSessionSecret(dataDir: string): string {
  const file = path.join(dataDir, 'session-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

/**
 * The demo passwords are public, so a fixed salt costs nothing and keeps each hash the same from
 * one start to the next: sessions (tied to the hash) survive a restart.
 */
const DEMO_SALT = '$2b$10$OtaConsoleDemoSaltOnly.';

function demoUsers(): ConsoleUser[] {
  return DEMO_ACCOUNTS.map((account) => ({
    username: account.username,
    role: account.role,
    passwordHash: bcrypt.hashSync(account.password, DEMO_SALT),
  }));
}

function required(env: Env, name: keyof Env, problems: string[]): string {
  const value = env[name];
  if (typeof value !== 'string' || value === '') {
    problems.push(`${name} must be set`);
    return '';
  }
  return value;
}

function usesDemoAccount(users: ConsoleUser[]): string | undefined {
  return users.find((user) =>
    DEMO_ACCOUNTS.some(
      (demo) =>
        demo.username === user.username && bcrypt.compareSync(demo.password, user.passwordHash),
    ),
  )?.username;
}

export interface BuildConfigOptions {
  /** URL of the embedded emulator (demo mode). */
  emulatorUrl?: string;
  staticDir?: string | null;
}

export function buildConfig(env: Env, options: BuildConfigOptions = {}): BffConfig {
  const dataDir = path.resolve(env.DATA_DIR);
  const rateLimit: TokenBucketOptions = {
    ratePerSecond: env.OTA_MAX_CALLS_PER_SECOND,
    burst: Math.max(1, Math.floor(env.OTA_MAX_CALLS_PER_SECOND)),
    maxWaitMs: env.OTA_QUEUE_MAX_WAIT_MS,
  };
  const common = {
    dataDir,
    staticDir: options.staticDir ?? null,
    logLevel: env.LOG_LEVEL,
    kioskRefreshSeconds: env.KIOSK_REFRESH_SECONDS,
    reportSync: {
      retentionDays: env.REPORT_RETENTION_DAYS,
      overlapSeconds: env.REPORT_SYNC_OVERLAP_SECONDS,
      supersededEvery: env.REPORT_RECHECK_SUPERSEDED_EVERY,
    },
    trustProxy: env.TRUST_PROXY,
    usersFile: env.CONSOLE_USERS_FILE ?? null,
    session: {
      idleMs: env.SESSION_IDLE_MINUTES * 60_000,
      maxMs: env.SESSION_MAX_HOURS * 3_600_000,
    },
    terminalMatch: env.REPORT_TERMINAL_MATCH,
  };

  if (isDemoMode(env)) {
    const emulatorUrl = options.emulatorUrl ?? `http://127.0.0.1:${env.EMULATOR_PORT}`;
    const secret = env.SESSION_SECRET ?? demoSessionSecret(dataDir);
    return {
      ...common,
      mode: 'demo',
      upstream: {
        endpoint: emulatorUrl,
        accessKeyId: env.OTA_ACCESS_KEY_ID ?? DEMO_ACCESS_KEY_ID,
        accessKeySecret: env.OTA_ACCESS_KEY_SECRET ?? DEMO_ACCESS_KEY_SECRET,
        regionId: env.OTA_REGION_ID,
        iotInstanceId: env.OTA_IOT_INSTANCE_ID,
        timeoutMs: env.OTA_TIMEOUT_MS,
        rateLimit,
        taskListing: env.OTA_TASK_LISTING,
        readCacheMs: env.OTA_READ_CACHE_MS,
      },
      report: {
        baseUrl: env.REPORT_BASE_URL ?? `${emulatorUrl}/prod`,
        username: env.REPORT_USERNAME ?? DEMO_REPORT_USERNAME,
        password: env.REPORT_PASSWORD ?? DEMO_REPORT_PASSWORD,
        pageSize: env.REPORT_PAGE_SIZE ?? DEMO_REPORT_PAGE_SIZE,
      },
      sessionKey: createHash('sha256').update(secret).digest(),
      users: env.CONSOLE_USERS_FILE ? loadUsersFile(env.CONSOLE_USERS_FILE) : demoUsers(),
    };
  }

  const problems: string[] = [];
  const accessKeyId = required(env, 'OTA_ACCESS_KEY_ID', problems);
  const accessKeySecret = required(env, 'OTA_ACCESS_KEY_SECRET', problems);
  if (accessKeyId === DEMO_ACCESS_KEY_ID) {
    problems.push('OTA_ACCESS_KEY_ID must be your cloud AccessKeyId, not the demo key');
  }
  if (accessKeySecret === DEMO_ACCESS_KEY_SECRET) {
    problems.push('OTA_ACCESS_KEY_SECRET must be your cloud AccessKeySecret, not the demo secret');
  }
  if (env.OTA_TASK_LISTING === 'per-firmware') {
    problems.push(
      'OTA_TASK_LISTING=per-firmware needs ListOTATaskByFirmware, which only the emulator has: use per-job',
    );
  }
  const reportBaseUrl = required(env, 'REPORT_BASE_URL', problems);
  const reportUsername = required(env, 'REPORT_USERNAME', problems);
  const reportPassword = required(env, 'REPORT_PASSWORD', problems);
  if (reportUsername === DEMO_REPORT_USERNAME && reportPassword === DEMO_REPORT_PASSWORD) {
    problems.push('REPORT_USERNAME / REPORT_PASSWORD must not be the demo report account');
  }
  const secret = env.SESSION_SECRET ?? '';
  if (secret.length < MIN_SESSION_SECRET_LENGTH || new Set(secret).size < 10) {
    problems.push(
      `SESSION_SECRET must be set to at least ${MIN_SESSION_SECRET_LENGTH} random characters (e.g. \`openssl rand -base64 48\`)`,
    );
  }
  let users: ConsoleUser[] = [];
  if (!env.CONSOLE_USERS_FILE) {
    problems.push(
      'CONSOLE_USERS_FILE must name a users file (create one with `npm run user -- add NAME --role manager`)',
    );
  } else {
    try {
      users = loadUsersFile(env.CONSOLE_USERS_FILE);
      const demo = usesDemoAccount(users);
      if (demo)
        problems.push(`CONSOLE_USERS_FILE: user "${demo}" still has the demo password; change it`);
    } catch (error) {
      problems.push(`CONSOLE_USERS_FILE: ${(error as Error).message}`);
    }
  }
  if (problems.length > 0) {
    throw new ConfigError(
      `Refusing to start outside demo mode (OTA_ENDPOINT is set):\n${problems.map((p) => `- ${p}`).join('\n')}`,
    );
  }
  return {
    ...common,
    mode: 'production',
    upstream: {
      endpoint: env.OTA_ENDPOINT as string,
      accessKeyId,
      accessKeySecret,
      regionId: env.OTA_REGION_ID,
      iotInstanceId: env.OTA_IOT_INSTANCE_ID,
      timeoutMs: env.OTA_TIMEOUT_MS,
      rateLimit,
      taskListing: 'per-job',
      readCacheMs: env.OTA_READ_CACHE_MS,
    },
    report: {
      baseUrl: reportBaseUrl,
      username: reportUsername,
      password: reportPassword,
      pageSize: env.REPORT_PAGE_SIZE ?? PRODUCTION_REPORT_PAGE_SIZE,
    },
    sessionKey: createHash('sha256').update(secret).digest(),
    users,
  };
}
