import { i18n } from '@lingui/core';

/** Local time for reading, in the active language; the UTC value goes in a title for hover. */
export function formatLocal(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : i18n.date(date, { dateStyle: 'medium', timeStyle: 'short' });
}

export function formatUtc(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : `${date.toISOString().replace('T', ' ').slice(0, 19)} UTC`;
}

/** A count with the active language's digit grouping. */
export const formatCount = (value: number): string => i18n.number(value);
