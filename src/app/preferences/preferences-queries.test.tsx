import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';

import { server } from '../testing/mocks/server';
import { usePreferences, useSavePreferences } from './preferences-queries';

function wrapper() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
}

const usePrefs = () => ({ read: usePreferences(), save: useSavePreferences() });

afterEach(() => window.localStorage.clear());

describe('usePreferences', () => {
  it('reads the user’s settings from the BFF and saves a change there', async () => {
    let stored = { timeZone: 'UTC', locale: 'zh-CN' };
    const puts: unknown[] = [];
    server.use(
      http.get('/api/me/preferences', () => HttpResponse.json(stored)),
      http.put('/api/me/preferences', async ({ request }) => {
        const body = (await request.json()) as object;
        puts.push(body);
        stored = { ...stored, ...body };
        return HttpResponse.json(stored);
      }),
    );
    const { result } = renderHook(usePrefs, { wrapper: wrapper() });
    // The defaults until the server answers.
    expect(result.current.read.preferences.timeZone).toBe('browser');
    await waitFor(() => expect(result.current.read.preferences.timeZone).toBe('UTC'));
    expect(result.current.read.preferences.locale).toBe('zh-CN');

    act(() => result.current.save.mutate({ timeZone: 'browser' }));
    // Shown at once, before the server answers.
    await waitFor(() => expect(result.current.read.preferences.timeZone).toBe('browser'));
    await waitFor(() => expect(result.current.save.isSuccess).toBe(true));
    expect(puts).toEqual([{ timeZone: 'browser' }]);
    expect(result.current.read.preferences).toEqual({ timeZone: 'browser', locale: 'zh-CN' });
  });

  it('puts the setting back when the server refuses the change', async () => {
    server.use(
      http.get('/api/me/preferences', () => HttpResponse.json({ timeZone: 'UTC', locale: null })),
      http.put('/api/me/preferences', () =>
        HttpResponse.json({ code: 'ValidationFailed', message: 'no' }, { status: 400 }),
      ),
    );
    const { result } = renderHook(usePrefs, { wrapper: wrapper() });
    await waitFor(() => expect(result.current.read.preferences.timeZone).toBe('UTC'));
    act(() => result.current.save.mutate({ timeZone: 'browser' }));
    await waitFor(() => expect(result.current.save.isError).toBe(true));
    expect(result.current.read.preferences.timeZone).toBe('UTC');
  });

  it('asks nothing for a kiosk, which keeps the defaults', async () => {
    let asked = 0;
    server.use(
      http.get('/api/auth/session', () =>
        HttpResponse.json({ username: 'kiosk:Room', role: 'kiosk' }),
      ),
      http.get('/api/me/preferences', () => {
        asked += 1;
        return HttpResponse.json({ timeZone: 'UTC', locale: null });
      }),
    );
    const { result } = renderHook(usePrefs, { wrapper: wrapper() });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(asked).toBe(0);
    expect(result.current.read.preferences).toEqual({ timeZone: 'browser', locale: null });
  });
});
