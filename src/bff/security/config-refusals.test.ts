import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import bcrypt from 'bcryptjs';
import { afterAll, describe, expect, it } from 'vitest';

import { buildConfig } from '../config';
import { ConfigError, parseEnv } from '../env';

const dir = mkdtempSync(path.join(os.tmpdir(), 'ota-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function usersFile(name: string, users: { username: string; password: string; role: string }[]) {
  const file = path.join(dir, name);
  writeFileSync(
    file,
    JSON.stringify(
      users.map((u) => ({
        username: u.username,
        role: u.role,
        passwordHash: bcrypt.hashSync(u.password, 4),
      })),
    ),
  );
  return file;
}

const STRONG = 'Zq8#v2Lp!x9Rt4Wm@c7Nb1Hs6Kd3Jf5Yg0';
const goodUsers = usersFile('good.json', [
  { username: 'alice', password: 'a long unique passphrase', role: 'manager' },
]);
const production = {
  DATA_DIR: dir,
  OTA_ENDPOINT: 'https://iot.cn-shanghai.aliyuncs.com',
  OTA_ACCESS_KEY_ID: 'LTAI-real-key-id',
  OTA_ACCESS_KEY_SECRET: 'real-access-key-secret-value',
  OTA_REGION_ID: 'cn-shanghai',
  REPORT_BASE_URL: 'https://report.example.com',
  REPORT_USERNAME: 'ota-reporter',
  REPORT_PASSWORD: 'report-password-value',
  SESSION_SECRET: STRONG,
  CONSOLE_USERS_FILE: goodUsers,
};

function refusal(overrides: Record<string, string | undefined>): string {
  try {
    buildConfig(parseEnv({ ...production, ...overrides }));
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a refusal');
}

describe('production mode refuses unsafe settings, naming the variable and echoing no secret', () => {
  it('starts with good settings', () => {
    expect(buildConfig(parseEnv(production)).mode).toBe('production');
  });

  it('refuses the demo AccessKey secret', () => {
    const message = refusal({ OTA_ACCESS_KEY_SECRET: 'demo-access-key-secret' });
    expect(message).toMatch(/OTA_ACCESS_KEY_SECRET/);
    expect(message).not.toContain('demo-access-key-secret');
  });

  it('refuses the demo AccessKeyId', () => {
    expect(refusal({ OTA_ACCESS_KEY_ID: 'demo-access-key-id' })).toMatch(/OTA_ACCESS_KEY_ID/);
  });

  it('refuses missing keys and report credentials, naming each', () => {
    const message = refusal({
      OTA_ACCESS_KEY_ID: undefined,
      OTA_ACCESS_KEY_SECRET: '',
      REPORT_PASSWORD: '',
    });
    for (const name of ['OTA_ACCESS_KEY_ID', 'OTA_ACCESS_KEY_SECRET', 'REPORT_PASSWORD'])
      expect(message).toContain(name);
  });

  it('refuses the demo report account', () => {
    const message = refusal({ REPORT_USERNAME: 'demo', REPORT_PASSWORD: 'demo' });
    expect(message).toMatch(/REPORT_USERNAME \/ REPORT_PASSWORD/);
  });

  it.each([
    ['missing', undefined],
    ['short', 'short-secret-123'],
    ['low-entropy', 'a'.repeat(40)],
  ])('refuses a %s SESSION_SECRET without echoing it', (_name, secret) => {
    const message = refusal({ SESSION_SECRET: secret });
    expect(message).toMatch(/SESSION_SECRET must be set to at least 32/);
    if (secret) expect(message).not.toContain(secret);
  });

  it('refuses demo accounts in the users file, and a missing users file', () => {
    const demo = usersFile('demo.json', [
      { username: 'manager', password: 'manager', role: 'manager' },
    ]);
    expect(refusal({ CONSOLE_USERS_FILE: demo })).toMatch(
      /CONSOLE_USERS_FILE: user "manager" still has the demo password/,
    );
    expect(refusal({ CONSOLE_USERS_FILE: undefined })).toMatch(
      /CONSOLE_USERS_FILE must name a users file/,
    );
  });

  it('does not quote a broken users file (it holds password hashes)', () => {
    const file = path.join(dir, 'broken.json');
    writeFileSync(file, '[{"username":"x","passwordHash":"$2b$10$SECRETHASHMATERIAL"');
    const message = refusal({ CONSOLE_USERS_FILE: file });
    expect(message).toMatch(/CONSOLE_USERS_FILE: .* is not valid JSON/);
    expect(message).not.toContain('SECRETHASHMATERIAL');
  });

  it('never prints any configured secret in a refusal', () => {
    const message = refusal({ OTA_ACCESS_KEY_ID: 'demo-access-key-id', SESSION_SECRET: 'tiny' });
    for (const secret of [production.OTA_ACCESS_KEY_SECRET, production.REPORT_PASSWORD, 'tiny']) {
      expect(message).not.toContain(secret);
    }
  });
});
