/**
 * Kiosk links: `npm run kiosk -- issue [options]` prints a new link; `npm run kiosk -- revoke ID`
 * ends one (its screens show "revoked" on their next refresh); `npm run kiosk -- list` shows them
 * with their settings. Links live in DATA_DIR/console.sqlite.
 */
import { parseArgs } from 'node:util';

import { ConfigError, parseEnv } from '../src/bff/env';
import {
  kioskDatabaseFile,
  type KioskLink,
  KioskLinkStore,
  kioskUrl,
} from '../src/bff/kiosk/kiosk-links';
import { parseKioskIssueOptions } from '../src/bff/kiosk/kiosk-options';

const USAGE = `Usage:
  npm run kiosk -- issue [--label TEXT] [--product PRODUCT_KEY]... [--firmware FIRMWARE_ID]...
                         [--range 24h|7d|30d] [--rotate-seconds N] [--stuck-hours N]
                         [--zone IANA_ZONE] [--lang en|zh-CN] [--base-url URL]
  npm run kiosk -- revoke ID
  npm run kiosk -- list
A link without --product/--firmware shows every product. Defaults: --range 24h, --rotate-seconds 20,
--stuck-hours 6, --zone UTC, --lang en.`;

function describe(link: KioskLink): string[] {
  const { range, rotateSeconds, stuckHours, zone, lang } = link.settings;
  return [
    link.id,
    link.revokedAt ? `revoked ${link.revokedAt}` : 'active',
    link.label,
    link.panels.length
      ? link.panels.map((p) => p.productKey ?? `firmware ${p.firmwareId}`).join(', ')
      : 'all products',
    range,
    `${rotateSeconds} s`,
    `${stuckHours} h`,
    zone,
    lang,
    link.lastUsedAt ?? 'never',
  ];
}

/** Columns padded to their widest cell. */
function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  return rows
    .map((row) =>
      row
        .map((cell, i) => cell.padEnd(widths[i]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        label: { type: 'string' },
        product: { type: 'string', multiple: true },
        firmware: { type: 'string', multiple: true },
        range: { type: 'string' },
        'rotate-seconds': { type: 'string' },
        'stuck-hours': { type: 'string' },
        zone: { type: 'string' },
        lang: { type: 'string' },
        'base-url': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new ConfigError(`${(error as Error).message}\n${USAGE}`);
  }
  const { positionals, values } = parsed;
  const [command, id, ...extra] = positionals;
  if (values.help || !command) {
    process.stdout.write(`${USAGE}\n`);
    return command ? 0 : 1;
  }
  if (extra.length > 0 || (command !== 'revoke' && id !== undefined))
    throw new ConfigError(`Unexpected argument "${extra[0] ?? id}"\n${USAGE}`);
  const env = parseEnv(process.env);
  if (command === 'issue') {
    const options = parseKioskIssueOptions(values);
    const baseUrl = values['base-url'] ?? `http://localhost:${env.PORT}`;
    if (!/^https?:\/\/[^\s/]+/.test(baseUrl))
      throw new ConfigError('--base-url is the console address, such as https://ota.example.com');
    const store = new KioskLinkStore(kioskDatabaseFile(env.DATA_DIR));
    try {
      const { link, token } = store.issue(options);
      process.stdout.write(`Kiosk link ${link.id} (${link.label}):\n${kioskUrl(baseUrl, token)}\n`);
      process.stdout.write(`${table([LIST_HEADER, describe(link)])}\n`);
      process.stdout.write(
        `The link is shown only now; revoke it with \`npm run kiosk -- revoke ${link.id}\`.\n`,
      );
    } finally {
      store.close();
    }
    return 0;
  }
  if (command !== 'revoke' && command !== 'list')
    throw new ConfigError(`Unknown command "${command}"\n${USAGE}`);
  const store = new KioskLinkStore(kioskDatabaseFile(env.DATA_DIR));
  try {
    if (command === 'revoke') {
      if (!id) throw new ConfigError('revoke needs the link id (see `npm run kiosk -- list`)');
      if (!store.revoke(id)) throw new ConfigError(`No active kiosk link ${id}`);
      process.stdout.write(
        `Revoked kiosk link ${id}; its screens show "revoked" on their next refresh.\n`,
      );
      return 0;
    }
    const links = store.list();
    if (links.length === 0) process.stdout.write('No kiosk links yet.\n');
    else process.stdout.write(`${table([LIST_HEADER, ...links.map(describe)])}\n`);
    return 0;
  } finally {
    store.close();
  }
}

const LIST_HEADER = [
  'ID',
  'STATE',
  'LABEL',
  'SHOWS',
  'RANGE',
  'ROTATE',
  'STUCK AFTER',
  'ZONE',
  'LANG',
  'LAST USED',
];

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exitCode = 1;
}
