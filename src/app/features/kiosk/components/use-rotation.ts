import { useEffect, useState } from 'react';

/**
 * The page on screen: the next one every `seconds`, back to the first after the last. `turned`: the
 * screen has paged at least once (a page on screen now may have been shown before).
 */
export function useRotation(pageCount: number, seconds: number): { page: number; turned: boolean } {
  const [{ page, turned }, setState] = useState({ page: 0, turned: false });
  const current = page < pageCount ? page : 0;
  useEffect(() => {
    if (pageCount <= 1) return;
    const timer = setTimeout(
      () => setState({ page: (current + 1) % pageCount, turned: true }),
      seconds * 1000,
    );
    return () => clearTimeout(timer);
  }, [current, pageCount, seconds]);
  return { page: current, turned };
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
