import { useEffect, useState } from 'react';

/**
 * False on the first render, true once the browser has painted it: content behind this (charts)
 * starts loading only after what the first render shows is on screen.
 */
export function useAfterPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    const frame = requestAnimationFrame(() => setTimeout(() => setPainted(true)));
    return () => cancelAnimationFrame(frame);
  }, []);
  return painted;
}
