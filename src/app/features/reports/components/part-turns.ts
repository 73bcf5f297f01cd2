import { type ComponentType, startTransition, useEffect, useState } from 'react';

// The report's parts after its figures (the form, the donut, the timeline, the records) each bring
// a long render. Mounted together they made one task of about half a second at a phone's speed, the
// page's longest. They take turns instead: one part mounts, the frame that shows it paints, then the
// next part's turn comes (lowest `order` first). Each mounts in a transition, so React renders it in
// slices between frames; its commit, and recharts' store-driven re-renders, stay whole.

interface Turn {
  order: number;
  start: () => void;
}

const waiting: Turn[] = [];
/** The part whose turn it is, or a pause (a frame to paint) between turns. */
let holder: Turn | null = null;
const PAUSE: Turn = { order: 0, start: () => {} };

/** The next turn, after the frame now being prepared has painted. */
function pauseThenNext() {
  holder = PAUSE;
  requestAnimationFrame(() =>
    setTimeout(() => {
      waiting.sort((a, b) => a.order - b.order);
      holder = waiting.shift() ?? null;
      holder?.start();
    }),
  );
}

function enqueue(turn: Turn) {
  waiting.push(turn);
  // The first part waits a frame, so every part asking in this one is in line by then.
  if (holder === null) pauseThenNext();
}

/** Ends a part's turn, or takes it out of the line. */
function leave(turn: Turn) {
  const index = waiting.indexOf(turn);
  if (index >= 0) waiting.splice(index, 1);
  if (holder === turn) pauseThenNext();
}

export interface PartCode<P> {
  /** The code once loaded (later mounts, such as a remount by key, use it at once). */
  loaded: ComponentType<P> | null;
  load: () => Promise<ComponentType<P>>;
}

/** Loads a part's code once, however often it is asked for. */
export function partCode<P>(load: () => Promise<ComponentType<P>>): PartCode<P> {
  let loading: Promise<ComponentType<P>> | null = null;
  const code: PartCode<P> = {
    loaded: null,
    load: () =>
      (loading ??= load().then(
        (component) => (code.loaded = component),
        (error: unknown) => {
          loading = null;
          throw error;
        },
      )),
  };
  return code;
}

/**
 * The part's component once `ready`, its code is loaded and its turn has come (at once when its code
 * was loaded before); null until then. A failed load is thrown to the page's error boundary.
 */
export function usePartTurn<P>(
  code: PartCode<P>,
  order: number,
  ready: boolean,
): ComponentType<P> | null {
  const [component, setComponent] = useState<ComponentType<P> | null>(() => code.loaded);
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  useEffect(() => {
    if (!ready || component !== null) return;
    let current = true;
    // The code starts loading once the frame that shows the part's place has painted (nothing of the
    // first view waits for it), whether or not its turn has come.
    let loading: Promise<ComponentType<P>> | null = null;
    const startLoading = () => {
      loading ??= code.load();
      loading.catch(() => {}); // Reported when its turn comes.
      return loading;
    };
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(startLoading);
    });
    const turn: Turn = {
      order,
      start: () => {
        startLoading().then(
          (loaded) => {
            if (current) startTransition(() => setComponent(() => loaded));
          },
          (error: unknown) => {
            leave(turn);
            if (current) setFailure({ error });
          },
        );
      },
    };
    enqueue(turn);
    // Runs once the part has mounted (its commit is done) or when it goes: either ends the turn.
    return () => {
      current = false;
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
      leave(turn);
    };
  }, [code, order, ready, component]);
  if (failure) throw failure.error;
  return component;
}
