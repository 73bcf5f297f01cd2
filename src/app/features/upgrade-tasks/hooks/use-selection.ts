import { useCallback, useState } from 'react';

/** Selected device names, in the order they were picked. */
export function useSelection() {
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set());

  const toggle = useCallback((name: string, on: boolean) => {
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(name);
      else next.delete(name);
      return next;
    });
  }, []);

  const setMany = useCallback((names: readonly string[], on: boolean) => {
    setSelected((current) => {
      const next = new Set(current);
      for (const name of names) {
        if (on) next.add(name);
        else next.delete(name);
      }
      return next;
    });
  }, []);

  const replace = useCallback((names: readonly string[]) => setSelected(new Set(names)), []);
  const clear = useCallback(() => setSelected(new Set()), []);

  return { selected, toggle, setMany, replace, clear };
}

export type Selection = ReturnType<typeof useSelection>;
