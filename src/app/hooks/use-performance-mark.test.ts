import { renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { usePerformanceMark } from './use-performance-mark';

afterEach(() => {
  performance.clearMarks();
  vi.restoreAllMocks();
});

describe('usePerformanceMark', () => {
  it('marks once, in the frame after the condition first holds', () => {
    const frames: FrameRequestCallback[] = [];
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((run) => frames.push(run));
    const { rerender } = renderHook(({ ready }) => usePerformanceMark('figures-shown', ready), {
      initialProps: { ready: false },
    });
    expect(frames).toHaveLength(0);
    rerender({ ready: true });
    expect(performance.getEntriesByName('figures-shown')).toHaveLength(0);
    frames.forEach((run) => run(0));
    rerender({ ready: false });
    rerender({ ready: true });
    frames.slice(1).forEach((run) => run(0));
    expect(performance.getEntriesByName('figures-shown')).toHaveLength(1);
  });
});
