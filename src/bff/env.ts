import net from 'node:net';

import { z } from 'zod';

import { terminalMatchRuleSchema } from '../shared/contract/directory';
import { DEMO_ACCESS_KEY_ID, DEMO_ACCESS_KEY_SECRET } from './demo-defaults';

const optionalString = z
  .string()
  .optional()
  .transform((value) => (value && value.trim() !== '' ? value.trim() : undefined));

/**
 * `TRUST_PROXY`: which peers may tell the BFF the client's address, scheme and host through
 * X-Forwarded-For/-Proto/-Host (Fastify's `trustProxy`): `false` (default), `true` (any peer), a
 * hop count, or addresses and CIDR ranges separated by commas.
 */
const trustProxy = optionalString.transform((value, ctx): boolean | number | string[] => {
  if (value === undefined || value === 'false') return false;
  if (value === 'true') return true;
  if (/^\d{1,2}$/.test(value)) return Number(value);
  const entries = value.split(',').map((entry) => entry.trim());
  const bad = entries.find((entry) => {
    const [address = '', prefix, ...rest] = entry.split('/');
    const family = net.isIP(address);
    const max = family === 6 ? 128 : 32;
    return (
      family === 0 ||
      rest.length > 0 ||
      (prefix !== undefined && !(/^\d{1,3}$/.test(prefix) && Number(prefix) <= max))
    );
  });
  if (bad !== undefined) {
    ctx.addIssue({
      code: 'custom',
      message: `"${bad}" is not an address or CIDR range (use true, false, a hop count, or addresses and ranges separated by commas)`,
    });
    return z.NEVER;
  }
  return entries;
});

/** Everything the BFF reads from its environment, parsed once. Secrets never get a VITE_ prefix. */
export const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().default('localhost'),
  EMULATOR_PORT: z.coerce.number().int().min(0).max(65535).default(8686),
  DATA_DIR: z.string().default('./data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  OTA_ENDPOINT: optionalString.pipe(z.url({ protocol: /^https?$/ }).optional()),
  OTA_ACCESS_KEY_ID: optionalString,
  OTA_ACCESS_KEY_SECRET: optionalString,
  OTA_REGION_ID: optionalString,
  OTA_IOT_INSTANCE_ID: optionalString,
  OTA_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(8000),
  /** Upstream calls per second per AccessKeyId (the cloud allows 10 for most OTA actions). */
  OTA_MAX_CALLS_PER_SECOND: z.coerce.number().min(0.1).max(1000).default(10),
  /** How long a call may queue for its turn before the browser gets 429 + Retry-After. */
  OTA_QUEUE_MAX_WAIT_MS: z.coerce.number().int().min(0).max(30_000).default(2000),
  /**
   * How the tasks of a whole firmware are listed: `per-job` (the public cloud's ListOTAJobByFirmware
   * + ListOTATaskByJob) or `per-firmware` (the emulator's own ListOTATaskByFirmware; demo mode only).
   */
  OTA_TASK_LISTING: z.enum(['per-job', 'per-firmware']).default('per-job'),
  /** How long identical upstream reads are answered from memory; writes invalidate sooner. */
  OTA_READ_CACHE_MS: z.coerce.number().int().min(0).max(60_000).default(2000),
  REPORT_BASE_URL: optionalString.pipe(z.url({ protocol: /^https?$/ }).optional()),
  REPORT_USERNAME: optionalString,
  REPORT_PASSWORD: optionalString,
  /**
   * Records per report-API page. The vendor's maximum is undocumented; a size the API refuses or
   * trims is followed down. Default 1,000 against the emulator, 100 against the real API.
   */
  REPORT_PAGE_SIZE: z.coerce.number().int().min(1).max(10_000).optional(),
  /**
   * How an IoT device meets its report terminal when the directory has no entry for it (see
   * src/bff/directory): `directory` (the default) trusts imported entries only.
   */
  REPORT_TERMINAL_MATCH: terminalMatchRuleSchema.default('directory'),
  SESSION_SECRET: optionalString,
  CONSOLE_USERS_FILE: optionalString,
  /** A console session ends after this many minutes without a request… */
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  /** …and this many hours after sign-in, however busy. */
  SESSION_MAX_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  KIOSK_REFRESH_SECONDS: z.coerce.number().int().min(5).max(3600).default(30),
  /** Report records older than this many days are pruned from the store (and not read). */
  REPORT_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  /** A refresh reads again from this long before the previous sync's end (clock skew, late records). */
  REPORT_SYNC_OVERLAP_SECONDS: z.coerce.number().int().min(0).max(86_400).default(120),
  /**
   * Open records (1, 2) that a newer command of the same device superseded are read again every
   * this many refreshes (in rotation by day); 1 reads every open record on every refresh.
   */
  REPORT_RECHECK_SUPERSEDED_EVERY: z.coerce.number().int().min(1).max(1000).default(1),
  TRUST_PROXY: trustProxy,
});
export type Env = z.infer<typeof envSchema>;

export class ConfigError extends Error {}

export function parseEnv(source: NodeJS.ProcessEnv): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `- ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return result.data;
}

export function isDemoMode(env: Env): boolean {
  return env.OTA_ENDPOINT === undefined;
}

export { DEMO_ACCESS_KEY_ID, DEMO_ACCESS_KEY_SECRET };
