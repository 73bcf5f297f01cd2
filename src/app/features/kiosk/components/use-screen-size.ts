import { useSyncExternalStore } from 'react';

const subscribe = (onChange: () => void) => {
  window.addEventListener('resize', onChange);
  return () => window.removeEventListener('resize', onChange);
};
const snapshot = () => `${window.innerWidth}x${window.innerHeight}`;

/**
 * The window's size, right from the first render: Mantine's useViewportSize starts at 0×0 and
 * reads the size in an effect, so the board was first laid out for a portrait screen and then
 * jumped to its columns (a layout shift of 0.34 on a desktop screen).
 */
export function useScreenSize() {
  const [width = 0, height = 0] = useSyncExternalStore(subscribe, snapshot).split('x').map(Number);
  return { width, height };
}
