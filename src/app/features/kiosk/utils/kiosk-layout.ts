/** Panels per page: columns × rows. */
export interface KioskGrid {
  cols: number;
  rows: number;
}

/**
 * How many panels one screen shows legibly: every panel gets at least about 55 % of the height
 * (landscape) or of the width (portrait) in its own units, which is what the panel's layout needs
 * for headline counts of 4.8 % of the viewport height, the donut, five legend rows and the timeline.
 * More panels than that are paged.
 */
export function kioskGrid(count: number, width: number, height: number): KioskGrid {
  const panels = Math.max(1, count);
  const aspect = width / Math.max(1, height);
  const most = aspect >= 1.5 ? 3 : aspect >= 1 ? 2 : aspect <= 0.6 ? 2 : 1;
  // Pages as even as they can be: four panels at three a screen are two pages of two.
  const perPage = Math.ceil(panels / Math.ceil(panels / most));
  return aspect >= 1 ? { cols: perPage, rows: 1 } : { cols: 1, rows: perPage };
}

/** The panels split into pages of `perPage`. */
export function pagesOf<T>(items: readonly T[], perPage: number): T[][] {
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += perPage) pages.push(items.slice(i, i + perPage));
  return pages.length > 0 ? pages : [[]];
}
