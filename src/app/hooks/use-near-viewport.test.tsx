import { act, render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { useNearViewport } from './use-near-viewport';

function Probe({ enabled }: { enabled: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  const near = useNearViewport(ref, enabled);
  return (
    <div ref={ref}>
      <span>{near ? 'near' : 'far'}</span>
    </div>
  );
}

let report: ((entries: Array<{ isIntersecting: boolean }>) => void) | undefined;
const observed: Element[] = [];
const disconnect = vi.fn();

afterEach(() => {
  vi.unstubAllGlobals();
  observed.length = 0;
  report = undefined;
  disconnect.mockClear();
});

function stubObserver() {
  vi.stubGlobal(
    'IntersectionObserver',
    class {
      constructor(callback: typeof report) {
        report = callback;
      }
      observe(target: Element) {
        observed.push(target);
      }
      disconnect = disconnect;
    },
  );
}

describe('useNearViewport', () => {
  it('stays false until the watched child comes into view, then stays true', () => {
    stubObserver();
    render(<Probe enabled />);
    expect(screen.getByText('far')).toBeTruthy();
    expect(observed[0]?.textContent).toBe('far');
    act(() => report!([{ isIntersecting: false }]));
    expect(screen.getByText('far')).toBeTruthy();
    act(() => report!([{ isIntersecting: true }]));
    expect(screen.getByText('near')).toBeTruthy();
    expect(disconnect).toHaveBeenCalled();
  });

  it('is true at once when not enabled or without an IntersectionObserver', () => {
    stubObserver();
    render(<Probe enabled={false} />);
    expect(screen.getByText('near')).toBeTruthy();
    expect(observed).toHaveLength(0);
    vi.stubGlobal('IntersectionObserver', undefined);
    render(<Probe enabled />);
    expect(screen.getAllByText('near')).toHaveLength(2);
  });
});
