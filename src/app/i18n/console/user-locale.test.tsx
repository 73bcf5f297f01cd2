import { i18n } from '@lingui/core';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';

import { server } from '../../testing/mocks/server';
import { render } from '../../testing/render';
import { LanguageSwitch } from '../language-switch';
import { useUserLocale } from './user-locale';

function Header() {
  const storeLocale = useUserLocale();
  return <LanguageSwitch onChoose={storeLocale} />;
}

/** The BFF's preferences, kept as a real server would between requests. */
function preferencesServer(locale: 'en' | 'zh-CN' | null) {
  const stored = { timeZone: 'browser', locale };
  const puts: unknown[] = [];
  server.use(
    http.get('/api/me/preferences', () => HttpResponse.json(stored)),
    http.put('/api/me/preferences', async ({ request }) => {
      const body = (await request.json()) as { locale?: 'en' | 'zh-CN' | null };
      puts.push(body);
      Object.assign(stored, body);
      return HttpResponse.json(stored);
    }),
  );
  return { stored, puts };
}

afterEach(() => window.localStorage.clear());

describe('the language remembered per user', () => {
  it('switches to the language stored with the user once signed in', async () => {
    preferencesServer('zh-CN');
    render(<Header />);
    await waitFor(() => expect(i18n.locale).toBe('zh-CN'));
    expect(document.documentElement.lang).toBe('zh-CN');
    // The sign-in page of this browser shows it next time too.
    expect(window.localStorage.getItem('ota-console.lang')).toBe('zh-CN');
  });

  it('keeps the browser’s language when the user has stored none, and stores a switch', async () => {
    const prefs = preferencesServer(null);
    render(<Header />);
    const select = await screen.findByRole('combobox', { name: 'Language' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(i18n.locale).toBe('en');
    fireEvent.change(select, { target: { value: 'zh-CN' } });
    await waitFor(() => expect(prefs.puts).toEqual([{ locale: 'zh-CN' }]));
    await waitFor(() => expect(i18n.locale).toBe('zh-CN'));
    expect(prefs.stored.locale).toBe('zh-CN');
  });
});
