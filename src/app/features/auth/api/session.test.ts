import { QueryClient } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { server } from '../../../testing/mocks/server';
import { askSessionEarly, sessionQueryOptions } from './session';

describe('the session asked early', () => {
  it('answers the first session query without asking twice; later ones ask again', async () => {
    let asked = 0;
    server.use(
      http.get('/api/auth/session', () => {
        asked += 1;
        return HttpResponse.json({ username: 'viewer', role: 'viewer' });
      }),
    );
    askSessionEarly();
    askSessionEarly();
    const client = new QueryClient();
    await expect(client.fetchQuery(sessionQueryOptions())).resolves.toEqual({
      username: 'viewer',
      role: 'viewer',
    });
    expect(asked).toBe(1);
    await client.fetchQuery({ ...sessionQueryOptions(), staleTime: 0 });
    expect(asked).toBe(2);
  });

  it('answers null for no session, as the query does', async () => {
    server.use(
      http.get('/api/auth/session', () =>
        HttpResponse.json({ code: 'Unauthenticated', message: 'Sign in' }, { status: 401 }),
      ),
    );
    askSessionEarly();
    await expect(new QueryClient().fetchQuery(sessionQueryOptions())).resolves.toBeNull();
  });
});
