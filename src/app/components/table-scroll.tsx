import type { CSSProperties, ReactNode } from 'react';

import classes from './table-scroll.module.css';

/**
 * Lets a wide table scroll sideways on narrow screens with the browser's own scrollbar. Mantine's
 * Table.ScrollContainer draws its own (ScrollArea), 5 kB gzip of script on every list page.
 */
export function TableScroll({ minWidth, children }: { minWidth: number; children: ReactNode }) {
  const style = { '--table-min-width': `calc(${minWidth}px * var(--mantine-scale))` };
  return (
    <div className={classes.scroll}>
      <div className={classes.inner} style={style as CSSProperties}>
        {children}
      </div>
    </div>
  );
}
