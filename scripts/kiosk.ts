/**
 * Kiosk links: `npm run kiosk -- issue [--label TEXT] [--product KEY]... [--firmware ID]... [--base-url URL]`
 * prints a new link; `npm run kiosk -- revoke ID` ends one (its screens sign out on their next
 * request); `npm run kiosk -- list` shows them. Links live in DATA_DIR/console.sqlite.
 */
import { parseArgs } from 'node:util';

import { ConfigError, parseEnv } from '../src/bff/env';
import { kioskDatabaseFile, KioskLinkStore, kioskUrl } from '../src/bff/kiosk/kiosk-links';
import type { KioskPanel } from '../src/shared/contract/reports';

const USAGE = `Usage:
  npm run kiosk -- issue [--label TEXT] [--product PRODUCT_KEY]... [--firmware FIRMWARE_ID]... [--base-url URL]
  npm run kiosk -- revoke ID
  npm run kiosk -- list
A link without --product/--firmware shows every product.`;

function main(argv: string[]): number {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      label: { type: 'string' },
      product: { type: 'string', multiple: true },
      firmware: { type: 'string', multiple: true },
      'base-url': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, id] = positionals;
  if (values.help || !command) {
    process.stdout.write(`${USAGE}\n`);
    return command ? 0 : 1;
  }
  const env = parseEnv(process.env);
  const store = new KioskLinkStore(kioskDatabaseFile(env.DATA_DIR));
  try {
    if (command === 'issue') {
      const panels: KioskPanel[] = [
        ...(values.product ?? []).map((productKey) => ({ title: productKey, productKey })),
        ...(values.firmware ?? []).map((firmwareId) => ({ title: firmwareId, firmwareId })),
      ];
      const { link, token } = store.issue({ label: values.label ?? 'Kiosk', panels });
      const baseUrl = values['base-url'] ?? `http://localhost:${env.PORT}`;
      process.stdout.write(`Kiosk link ${link.id} (${link.label}):\n${kioskUrl(baseUrl, token)}\n`);
      process.stdout.write(
        'The link is shown only now; revoke it with `npm run kiosk -- revoke ' + link.id + '`.\n',
      );
      return 0;
    }
    if (command === 'revoke') {
      if (!id) throw new ConfigError('revoke needs the link id (see `npm run kiosk -- list`)');
      if (!store.revoke(id)) throw new ConfigError(`No active kiosk link ${id}`);
      process.stdout.write(
        `Revoked kiosk link ${id}; its screens sign out on their next refresh.\n`,
      );
      return 0;
    }
    if (command === 'list') {
      for (const link of store.list()) {
        const state = link.revokedAt ? `revoked ${link.revokedAt}` : 'active';
        const shows = link.panels.length
          ? link.panels.map((p) => p.productKey ?? p.firmwareId).join(', ')
          : 'all products';
        process.stdout.write(
          `${link.id}\t${state}\t${link.label}\t${shows}\tlast used ${link.lastUsedAt ?? 'never'}\n`,
        );
      }
      return 0;
    }
    throw new ConfigError(`Unknown command "${command}"\n${USAGE}`);
  } finally {
    store.close();
  }
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exitCode = 1;
}
