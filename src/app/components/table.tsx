import type { ComponentPropsWithoutRef, CSSProperties } from 'react';

import classes from './table.module.css';

type Spacing = 'xs' | 'sm' | 'md' | number;

const spacing = (value: Spacing) =>
  typeof value === 'number'
    ? `calc(${value / 16}rem * var(--mantine-scale))`
    : `var(--mantine-spacing-${value})`;

interface TableProps extends ComponentPropsWithoutRef<'table'> {
  striped?: boolean;
  highlightOnHover?: boolean;
  /** Cell padding above and below, as Mantine's Table (default 7 px). */
  verticalSpacing?: Spacing;
}

const join = (...names: Array<string | undefined>) => names.filter(Boolean).join(' ');

/**
 * A plain <table> that looks like Mantine's Table (table.module.css), for the list pages. Mantine's
 * Table brings its ScrollArea along (Table.ScrollContainer), 6 kB gzip on every list page.
 */
export function Table({
  striped,
  highlightOnHover,
  verticalSpacing = 7,
  className,
  style,
  ...rest
}: TableProps) {
  return (
    <table
      {...rest}
      className={join(classes.table, className)}
      data-striped={striped || undefined}
      data-hover={highlightOnHover || undefined}
      style={{ '--table-vertical-spacing': spacing(verticalSpacing), ...style } as CSSProperties}
    />
  );
}

interface CellStyle {
  /** Mantine's style props the pages use on cells: font family, font size, width. */
  ff?: 'monospace';
  fz?: 'xs' | 'sm';
  w?: number;
}

function cellStyle({ ff, fz, w }: CellStyle, style: CSSProperties | undefined): CSSProperties {
  return {
    ...(ff && { fontFamily: 'var(--mantine-font-family-monospace)' }),
    ...(fz && { fontSize: `var(--mantine-font-size-${fz})` }),
    ...(w !== undefined && { width: `calc(${w / 16}rem * var(--mantine-scale))` }),
    ...style,
  };
}

function Th({ ff, fz, w, className, style, ...rest }: ComponentPropsWithoutRef<'th'> & CellStyle) {
  return (
    <th {...rest} className={join(classes.th, className)} style={cellStyle({ ff, fz, w }, style)} />
  );
}

function Td({ ff, fz, w, className, style, ...rest }: ComponentPropsWithoutRef<'td'> & CellStyle) {
  return (
    <td {...rest} className={join(classes.td, className)} style={cellStyle({ ff, fz, w }, style)} />
  );
}

Table.Thead = (props: ComponentPropsWithoutRef<'thead'>) => <thead {...props} />;
Table.Tbody = ({ className, ...rest }: ComponentPropsWithoutRef<'tbody'>) => (
  <tbody {...rest} className={join(classes.tbody, className)} />
);
Table.Tr = ({ className, ...rest }: ComponentPropsWithoutRef<'tr'>) => (
  <tr {...rest} className={join(classes.tr, className)} />
);
Table.Th = Th;
Table.Td = Td;
