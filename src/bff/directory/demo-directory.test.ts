import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { expect, it } from 'vitest';

import { openDatabase } from '../../emulator/db/open-database';
import { DEMO_DIRECTORY_FILE } from './plugin';

/**
 * The demo ships the emulator's device ↔ terminal mapping as directory data (imported on the
 * demo's first start), so demo mode resolves terminals exactly as production does. The seed is
 * deterministic; this keeps the file equal to it. `UPDATE_DEMO_DIRECTORY=1` rewrites the file.
 */
it('demo-directory.csv is the demo seed’s device ↔ terminal mapping', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'demo-directory-'));
  try {
    const db = openDatabase({
      dataDir: dir,
      scale: 'demo',
      reset: true,
      anchorMs: Date.UTC(2025, 5, 1),
    });
    const rows = db
      .prepare(
        'SELECT device_name, product_key, terminal_id, terminal_num FROM devices ORDER BY id',
      )
      .all() as Array<Record<string, string>>;
    db.close();
    const csv = [
      'deviceName,productKey,terminalId,terminalNum',
      ...rows.map((r) => [r.device_name, r.product_key, r.terminal_id, r.terminal_num].join(',')),
      '',
    ].join('\n');
    if (process.env.UPDATE_DEMO_DIRECTORY === '1') writeFileSync(DEMO_DIRECTORY_FILE, csv);
    expect(rows.length).toBeGreaterThanOrEqual(2000);
    expect(readFileSync(DEMO_DIRECTORY_FILE, 'utf8')).toBe(csv);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
