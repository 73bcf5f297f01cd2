import { getCatalogs } from '@lingui/cli/api';
import { getConfig } from '@lingui/conf';
import { type CompiledMessage, compileMessageOrThrow } from '@lingui/message-utils/compileMessage';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The gate for "every word on screen in both languages": extracts every message the SPA's code
 * names (as `npm run i18n:extract` does) and requires each catalog to translate all of them, with
 * valid ICU syntax and the same placeholders as the English.
 */
const config = getConfig({ cwd: process.cwd() });

type Extracted = Record<string, { message?: string }>;
type Read = Record<string, { translation: string; obsolete?: boolean }>;
let parts: { name: string; extracted: Extracted; byLocale: Record<string, Read> }[] = [];

beforeAll(async () => {
  const catalogs = await getCatalogs(config);
  parts = await Promise.all(
    catalogs.map(async (catalog) => ({
      name: catalog.path.split('/').pop() ?? catalog.path,
      extracted: (await catalog.collect()) ?? {},
      byLocale: Object.fromEntries(
        await Promise.all(config.locales.map(async (l) => [l, await catalog.read(l)] as const)),
      ),
    })),
  );
}, 120_000);

function placeholders(compiled: CompiledMessage, into = new Set<string>()): Set<string> {
  for (const token of compiled) {
    if (typeof token === 'string') continue;
    const [name, , format] = token;
    if (name !== '#') into.add(name);
    if (format && typeof format === 'object') {
      for (const [key, choice] of Object.entries(format)) {
        if (key !== 'offset' && Array.isArray(choice))
          placeholders(choice as CompiledMessage, into);
      }
    }
  }
  return into;
}

describe('i18n catalogs', () => {
  it('finds the messages of the code', () => {
    // The sign-in shell, the signed-in frame, and each page's own words (lingui.config.ts).
    expect(parts.map((p) => p.name).sort()).toEqual([
      'audit',
      'console',
      'directory',
      'kiosk',
      'ota-modules',
      'products',
      'reports',
      'shell',
      'upgrade-tasks',
    ]);
    for (const part of parts) expect(Object.keys(part.extracted).length).toBeGreaterThan(5);
  });

  it.each(config.locales)('%s translates every message the code uses', (locale) => {
    const missing = parts.flatMap((part) =>
      Object.keys(part.extracted)
        .filter((id) => !part.byLocale[locale]?.[id]?.translation)
        .map((id) => `${part.name}: ${id}`),
    );
    expect(missing, 'run `npm run i18n:extract` and translate these').toEqual([]);
  });

  it('keeps the English catalog equal to the English written in the code', () => {
    const stale = parts.flatMap((part) =>
      Object.entries(part.extracted)
        .filter(([id, { message }]) => message && part.byLocale.en?.[id]?.translation !== message)
        .map(([id]) => `${part.name}: ${id}`),
    );
    expect(stale, 'run `npm run i18n:extract`').toEqual([]);
  });

  it('holds no message the code no longer uses', () => {
    const obsolete = parts.flatMap((part) =>
      config.locales.flatMap((locale) =>
        Object.keys(part.byLocale[locale] ?? {})
          .filter((id) => !(id in part.extracted))
          .map((id) => `${part.name}/${locale}: ${id}`),
      ),
    );
    expect(obsolete, 'run `npm run i18n:extract` (it drops them)').toEqual([]);
  });

  it('has valid ICU messages with the same placeholders in every language', () => {
    const problems: string[] = [];
    for (const part of parts) {
      for (const id of Object.keys(part.extracted)) {
        const english = part.byLocale.en?.[id]?.translation ?? '';
        let expected: string[] = [];
        try {
          expected = [...placeholders(compileMessageOrThrow(english))].sort();
        } catch (error) {
          problems.push(`${part.name}/en: ${id}: ${(error as Error).message}`);
          continue;
        }
        for (const locale of config.locales) {
          const translation = part.byLocale[locale]?.[id]?.translation;
          if (!translation) continue;
          try {
            const names = [...placeholders(compileMessageOrThrow(translation))].sort();
            if (names.join() !== expected.join())
              problems.push(`${part.name}/${locale}: ${id}: {${names}} instead of {${expected}}`);
          } catch (error) {
            problems.push(`${part.name}/${locale}: ${id}: ${(error as Error).message}`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
