import { renderHook } from '@testing-library/react';
import { createRef } from 'react';
import { RemoveScroll as RealRemoveScroll } from 'react-remove-scroll';
import { describe, expect, it, vi } from 'vitest';

import { useMergeRefs } from './merge-refs';
import { RemoveScroll } from './remove-scroll-class-names';

describe('vendor stand-ins', () => {
  it('gives the AppShell the same class names as react-remove-scroll', () => {
    expect(RemoveScroll.classNames).toEqual(RealRemoveScroll.classNames);
  });

  it('merges object and callback refs, and clears them when the node goes', () => {
    const objectRef = createRef<HTMLDivElement>();
    const callbackRef = vi.fn();
    const { result } = renderHook(() => useMergeRefs<HTMLDivElement>([objectRef, callbackRef]));
    const node = document.createElement('div');
    const cleanup = result.current(node);
    expect(objectRef.current).toBe(node);
    expect(callbackRef).toHaveBeenCalledWith(node);
    if (typeof cleanup === 'function') cleanup();
    else result.current(null);
    expect(objectRef.current).toBeNull();
    expect(callbackRef).toHaveBeenLastCalledWith(null);
  });
});
