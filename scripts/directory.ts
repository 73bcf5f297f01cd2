/**
 * The device directory from the shell: `npm run directory -- import FILE [--dry-run] [--show N]`
 * reads a CSV `deviceName,productKey,terminalId[,terminalNum]` exactly as the console's import does
 * (same checks, same refusals by line), writes it to DATA_DIR/bff.sqlite unless --dry-run, and
 * records one audit entry (user `shell:<login>`).
 */
import { readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { AuditStore } from '../src/bff/audit/audit-store';
import { migrateToLatest } from '../src/bff/db/migrate';
import { openDatabase } from '../src/bff/db/open-database';
import { DirectoryStore } from '../src/bff/directory/directory-store';
import { directoryImportAudit } from '../src/bff/directory/import-audit';
import { applyPlan, planImport, summarize } from '../src/bff/directory/import-plan';
import { ConfigError, parseEnv } from '../src/bff/env';
import { AppError } from '../src/bff/errors';
import { MAX_IMPORT_BYTES } from '../src/shared/contract/directory';

const USAGE = `Usage:
  npm run directory -- import FILE [--dry-run] [--show N]
FILE is CSV: deviceName,productKey,terminalId[,terminalNum] (a header line is optional).
--dry-run shows what would be added, changed and refused, and writes nothing.`;

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'dry-run': { type: 'boolean' },
      show: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, file] = positionals;
  if (values.help || command !== 'import' || !file) {
    process.stdout.write(`${USAGE}\n`);
    return values.help ? 0 : 1;
  }
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new ConfigError(`Cannot read ${file}`);
  }
  if (size > MAX_IMPORT_BYTES)
    throw new ConfigError(`${file} is larger than 8 MB (${size} bytes): split it`);
  const csv = readFileSync(file, 'utf8');
  const env = parseEnv(process.env);
  const db = openDatabase(path.join(env.DATA_DIR, 'bff.sqlite'));
  try {
    await migrateToLatest(db);
    const store = new DirectoryStore(db);
    const plan = await planImport(csv, store);
    const dryRun = values['dry-run'] === true;
    const user = `shell:${os.userInfo().username}`;
    if (!dryRun) await applyPlan(plan, store, user);
    const result = summarize(plan, !dryRun);
    const show = Math.max(0, Number(values.show ?? 20));
    for (const r of plan.refused.slice(0, show))
      process.stdout.write(`line ${r.line}: refused: ${r.reason}\n`);
    if (plan.refused.length > show)
      process.stdout.write(`… and ${plan.refused.length - show} more refused lines\n`);
    process.stdout.write(
      `${dryRun ? 'Dry run (nothing written)' : 'Imported'} ${path.basename(file)}: ${result.lines} lines, ${result.added} added, ${result.changed} changed, ${result.unchanged} unchanged, ${result.refused} refused\n`,
    );
    if (!dryRun) {
      const audit = AuditStore.inDataDir(env.DATA_DIR);
      audit.record(
        directoryImportAudit(
          {
            username: user,
            role: 'manager',
            method: 'CLI',
            route: 'npm run directory -- import',
            requestId: 'cli',
          },
          { fileName: path.basename(file), bytes: size },
          result,
        ),
      );
      audit.close();
    }
    return 0;
  } finally {
    await db.destroy();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof ConfigError || error instanceof AppError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  },
);
