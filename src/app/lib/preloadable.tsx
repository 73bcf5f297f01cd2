import { type ComponentType, createElement, lazy, useState } from 'react';

/**
 * `React.lazy` that can start loading before it renders (`preload`) and that renders at once, with
 * no Suspense fallback, when its code has arrived by then. A fallback shown for a moment costs the
 * page a paint of a loader, and React holds the content that replaces it back for up to 300 ms.
 * Each mount keeps the way it started, so a later render never swaps the tree (and its state).
 */
export function preloadable(load: () => Promise<{ default: ComponentType }>) {
  let loaded: ComponentType | undefined;
  let loading: Promise<{ default: ComponentType }> | undefined;
  const preload = () => {
    loading ??= load().then((module) => {
      loaded = module.default;
      return module;
    });
    return loading;
  };
  const Lazy = lazy(preload);
  function Preloadable() {
    const [direct] = useState(() => loaded);
    return createElement(direct ?? Lazy);
  }
  return Object.assign(Preloadable, { preload });
}
