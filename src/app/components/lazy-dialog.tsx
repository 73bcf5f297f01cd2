import { type ReactNode, Suspense, useState } from 'react';

import { useAfterPaint } from '../hooks/use-after-paint';

interface LazyDialogProps<T> {
  /** What the dialog is open for; null while it is closed. */
  value: T | null;
  /** The dialog (a `lazy` component), open while the value it gets is not null. */
  children: (value: T | null) => ReactNode;
}

/**
 * A dialog whose code loads the first time it opens: modals bring a focus trap, a scroll lock and
 * transitions that no page needs before a click. Once loaded it stays mounted, so it closes with
 * its transition; the first time it mounts closed and opens after that paint, so it also opens
 * with it.
 */
export function LazyDialog<T>({ value, children }: LazyDialogProps<T>) {
  const [wanted, setWanted] = useState(false);
  if (!wanted && value !== null) setWanted(true);
  if (!wanted) return null;
  return (
    <Suspense fallback={null}>
      <OpenAfterPaint value={value}>{children}</OpenAfterPaint>
    </Suspense>
  );
}

function OpenAfterPaint<T>({ value, children }: LazyDialogProps<T>) {
  const painted = useAfterPaint();
  return children(painted ? value : null);
}
