import { type RefObject, useEffect, useState } from 'react';

/**
 * True once the element's first child has come within `margin` of the viewport (and from then on):
 * a part below the fold mounts when the reader scrolls towards it, not in the page's first seconds.
 * True at once where there is no child to watch or no IntersectionObserver.
 */
export function useNearViewport(
  ref: RefObject<HTMLElement | null>,
  enabled: boolean,
  margin = '0px',
): boolean {
  const [near, setNear] = useState(!enabled);
  useEffect(() => {
    if (near) return;
    const target = ref.current?.firstElementChild;
    if (!target || typeof IntersectionObserver === 'undefined') {
      setNear(true);
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true);
      },
      { rootMargin: margin },
    );
    observer.observe(target);
    return () => observer.disconnect();
  }, [ref, near, margin]);
  return near;
}
