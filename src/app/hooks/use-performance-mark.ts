import { useEffect, useRef } from 'react';

/**
 * Sets a User Timing mark (`performance.mark`) the first time `reached` is true, in the frame that
 * paints it: benchmarks read it (e.g. Lighthouse's user timings) as "this was on screen at".
 */
export function usePerformanceMark(name: string, reached: boolean) {
  const marked = useRef(false);
  useEffect(() => {
    if (!reached || marked.current) return;
    marked.current = true;
    const frame = requestAnimationFrame(() => performance.mark(name));
    return () => cancelAnimationFrame(frame);
  }, [name, reached]);
}
