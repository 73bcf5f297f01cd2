/** The console's languages: English (the source) and Simplified Chinese. No zod here: /login imports it. */
export const locales = ['en', 'zh-CN'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'en';

export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (locales as readonly string[]).includes(value);

/**
 * The supported language for a BCP 47 tag, or null: any Chinese (zh, zh-CN, zh-Hans, zh-TW…) reads
 * Simplified Chinese, any English reads English.
 */
export function matchLocale(tag: string): Locale | null {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  if (primary === 'zh') return 'zh-CN';
  if (primary === 'en') return 'en';
  return null;
}

/** The first supported language in a preference list (navigator.languages, Accept-Language). */
export function pickLocale(preferences: readonly string[]): Locale | null {
  for (const tag of preferences) {
    const match = matchLocale(tag);
    if (match) return match;
  }
  return null;
}

/** Parses an Accept-Language header value into its tags, most preferred first. */
export function parseAcceptLanguage(header: string | undefined): string[] {
  if (!header) return [];
  return header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim(), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((entry) => entry.tag && entry.tag !== '*' && entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index)
    .map((entry) => entry.tag);
}
