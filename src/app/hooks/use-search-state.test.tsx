import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';

import { useTaskPageParams } from '../features/upgrade-tasks/hooks/use-task-page-params';

function wrapperAt(url: string) {
  return ({ children }: { children: ReactNode }) => (
    <MemoryRouter initialEntries={[url]}>{children}</MemoryRouter>
  );
}

function useTasksAndLocation() {
  const [params, update] = useTaskPageParams();
  return { params, update, search: useLocation().search };
}

describe('useSearchState (through the task page)', () => {
  it('reads the URL through the shared schemas; bad values fall back', () => {
    const { result } = renderHook(useTasksAndLocation, {
      wrapper: wrapperAt('/t?firmware=fw1&job=j1&status=NOPE&device=d1&page=0'),
    });
    expect(result.current.params).toEqual({
      firmwareId: 'fw1',
      jobId: 'j1',
      status: undefined,
      deviceName: 'd1',
      page: 1,
    });
  });

  it('a new firmware drops the job and the page; the page is left out on page 1', () => {
    const { result } = renderHook(useTasksAndLocation, {
      wrapper: wrapperAt('/t?firmware=fw1&job=j1&page=3&status=QUEUED'),
    });
    act(() => result.current.update({ firmwareId: 'fw2' }));
    expect(result.current.search).toBe('?firmware=fw2&status=QUEUED');
    act(() => result.current.update({ page: 2 }));
    expect(result.current.params.page).toBe(2);
    act(() => result.current.update({ page: 1 }));
    expect(result.current.search).toBe('?firmware=fw2&status=QUEUED');
  });

  it('an update held from an older render applies to the latest URL', () => {
    const { result } = renderHook(useTasksAndLocation, {
      wrapper: wrapperAt('/t?firmware=fw1'),
    });
    const stale = result.current.update;
    act(() => result.current.update({ status: 'QUEUED' }));
    act(() => stale({ deviceName: 'dev-7' }));
    expect(result.current.search).toBe('?firmware=fw1&status=QUEUED&device=dev-7');
  });

  it('two updates in one go both count', () => {
    const { result } = renderHook(useTasksAndLocation, {
      wrapper: wrapperAt('/t?firmware=fw1'),
    });
    act(() => {
      result.current.update({ status: 'QUEUED' });
      result.current.update({ deviceName: 'dev-7' });
    });
    expect(result.current.search).toBe('?firmware=fw1&status=QUEUED&device=dev-7');
  });
});
