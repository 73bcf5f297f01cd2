import { i18n } from '@lingui/core';

import { defaultLocale, isLocale, type Locale, pickLocale } from '../../shared/i18n/locales';
import { catalogLoader, type CatalogPart } from './catalogs';

export { i18n };

const STORAGE_KEY = 'ota-console.lang';

/** Catalog parts the pages shown so far need, loaded for every language switched to. */
const neededParts = new Set<CatalogPart>(['shell']);
const loadedParts = new Set<string>();

function storedLocale(): Locale | null {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null; // storage blocked: fall back to the browser's preference
  }
}

/** The language chosen before (on this browser), else the browser's preference, else English. */
export function detectLocale(): Locale {
  return (
    storedLocale() ??
    pickLocale(navigator.languages?.length ? navigator.languages : [navigator.language]) ??
    defaultLocale
  );
}

async function loadPart(locale: Locale, part: CatalogPart) {
  const key = `${locale}/${part}`;
  if (loadedParts.has(key)) return;
  const { messages } = await catalogLoader(locale, part)();
  i18n.load(locale, messages);
  loadedParts.add(key);
}

/** Loads what the language needs, then switches every translated text and `<html lang>` to it. */
export async function activateLocale(locale: Locale): Promise<void> {
  await Promise.all([...neededParts].map((part) => loadPart(locale, part)));
  i18n.activate(locale);
  document.documentElement.lang = locale;
}

/** Remembers a language on this browser: the sign-in page shows it on the next visit. */
export function rememberLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // storage blocked: the choice lasts for this page only (and the user's settings keep it)
  }
}

/**
 * The choice from the language switch: applied now and remembered on this browser; signed in,
 * the header also stores it with the user's settings (src/app/i18n/console/user-locale.ts).
 */
export async function chooseLocale(locale: Locale): Promise<void> {
  rememberLocale(locale);
  await activateLocale(locale);
}

/** Makes a catalog part available before a lazily loaded area renders. */
export async function requireCatalog(part: CatalogPart): Promise<void> {
  neededParts.add(part);
  await loadPart(isLocale(i18n.locale) ? i18n.locale : detectLocale(), part);
}

export const currentLocale = (): Locale => (isLocale(i18n.locale) ? i18n.locale : defaultLocale);
