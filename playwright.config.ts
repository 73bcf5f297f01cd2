import os from 'node:os';
import path from 'node:path';

import { defineConfig, devices } from '@playwright/test';

import { CHROMIUM_ARGS, CHROMIUM_PATH } from './e2e/chromium';

// Worker processes inherit the runner's environment, so ports chosen here hold for all of them.
process.env.E2E_PORT ??= String(20_000 + Math.floor(Math.random() * 20_000));
process.env.E2E_EMULATOR_PORT ??= String(Number(process.env.E2E_PORT) + 1);
process.env.E2E_DATA_DIR ??= path.join(os.tmpdir(), `ota-e2e-${process.env.E2E_PORT}`);

const port = process.env.E2E_PORT;

export default defineConfig({
  testDir: './e2e',
  testMatch: '*.spec.ts',
  outputDir: 'test-results',
  // One emulator holds the state every test resets, so tests run one at a time.
  workers: 1,
  fullyParallel: false,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    ...devices['Desktop Chrome'],
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  webServer: {
    command: 'npx tsx scripts/start.ts',
    url: `http://localhost:${port}/api/healthz`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'pipe',
    env: {
      PORT: port,
      EMULATOR_PORT: process.env.E2E_EMULATOR_PORT,
      DATA_DIR: process.env.E2E_DATA_DIR,
      LOG_LEVEL: 'warn',
      KIOSK_REFRESH_SECONDS: '5',
      // Each test resets the emulator behind the BFF's back: keep no upstream reads across tests
      // (identical reads in flight are still made once).
      OTA_READ_CACHE_MS: '0',
    },
  },
});
