import { useLingui } from '@lingui/react';

import classes from './pager.module.css';

const DOTS = 'dots' as const;
const span = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** The page numbers shown, as Mantine's usePagination lays them out (one sibling, one boundary). */
export function pagerRange(total: number, page: number): Array<number | typeof DOTS> {
  if (total <= 7) return span(1, total);
  const left = Math.max(page - 1, 1);
  const right = Math.min(page + 1, total - 1);
  const leftDots = left > 3;
  const rightDots = right < total - 2;
  if (!leftDots) return [...span(1, 5), DOTS, total];
  if (!rightDots) return [1, DOTS, ...span(total - 4, total)];
  return [1, DOTS, ...span(left, right), DOTS, total];
}

const PREVIOUS = 'M7.219 8l3.3 3.3-.943.943L5.333 8l4.243-4.243.943.943-3.3 3.3z';
const NEXT = 'M8.781 8l-3.3-3.3.943-.943L10.667 8l-4.243 4.243-.943-.943 3.3-3.3z';
const DOTS_PATH =
  'M2 8c0-.733.6-1.333 1.333-1.333.734 0 1.334.6 1.334 1.333s-.6 1.333-1.334 1.333C2.6 9.333 2 8.733 2 8zm9.333 0c0-.733.6-1.333 1.334-1.333C13.4 6.667 14 7.267 14 8s-.6 1.333-1.333 1.333c-.734 0-1.334-.6-1.334-1.333zM6.667 8c0-.733.6-1.333 1.333-1.333s1.333.6 1.333 1.333S8.733 9.333 8 9.333 6.667 8.733 6.667 8z';

function Icon({ path, rtl }: { path: string; rtl?: boolean }) {
  return (
    <svg
      viewBox="0 0 16 16"
      aria-hidden
      className={rtl ? `${classes.icon} mantine-rotate-rtl` : classes.icon}
    >
      <path d={path} fill="currentColor" />
    </svg>
  );
}

interface PagerProps {
  /** Number of pages. */
  total: number;
  value: number;
  onChange: (page: number) => void;
  /** Name each numbered button "Page 3" (else by its number alone). */
  namePages?: boolean;
}

/**
 * Page buttons that look and behave like Mantine's Pagination (previous, numbers with dots, next;
 * the current page marked `aria-current`), in plain buttons: Mantine's was 3 kB gzip per list page.
 */
export function Pager({ total, value, onChange, namePages }: PagerProps) {
  const { i18n } = useLingui();
  const go = (page: number) => onChange(Math.min(Math.max(page, 1), total));
  return (
    <div className={classes.pager}>
      <button
        type="button"
        className={`${classes.control} mantine-focus-auto`}
        disabled={value <= 1}
        onClick={() => go(value - 1)}
        aria-label={i18n._({ id: 'pagination.previous', message: 'previous page' })}
      >
        <Icon path={PREVIOUS} rtl />
      </button>
      {pagerRange(total, value).map((page, index) =>
        page === DOTS ? (
          <div key={`dots-${index}`} className={classes.dots}>
            <Icon path={DOTS_PATH} />
          </div>
        ) : (
          <button
            key={page}
            type="button"
            className={`${classes.control} ${classes.page} mantine-focus-auto`}
            aria-current={page === value ? 'page' : undefined}
            aria-label={
              namePages
                ? i18n._({ id: 'pagination.page', message: 'Page {page}', values: { page } })
                : undefined
            }
            onClick={() => go(page)}
          >
            {page}
          </button>
        ),
      )}
      <button
        type="button"
        className={`${classes.control} mantine-focus-auto`}
        disabled={value >= total}
        onClick={() => go(value + 1)}
        aria-label={i18n._({ id: 'pagination.next', message: 'next page' })}
      >
        <Icon path={NEXT} rtl />
      </button>
    </div>
  );
}
