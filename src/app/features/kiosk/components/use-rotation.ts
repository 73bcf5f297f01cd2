import { useEffect, useState } from 'react';

/** The page on screen: the next one every `seconds`, back to the first after the last. */
export function useRotation(pageCount: number, seconds: number): number {
  const [page, setPage] = useState(0);
  const current = page < pageCount ? page : 0;
  useEffect(() => {
    if (pageCount <= 1) return;
    const timer = setTimeout(() => setPage((current + 1) % pageCount), seconds * 1000);
    return () => clearTimeout(timer);
  }, [current, pageCount, seconds]);
  return current;
}

/** Now, moving every `everyMs` (for "figures 5 min old"). */
export function useNow(everyMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
