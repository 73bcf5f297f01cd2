/** A share with one decimal, written the active language's way. */
export function percentOf(count: number, total: number, locale = 'en'): string {
  return new Intl.NumberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(total > 0 ? count / total : 0);
}
