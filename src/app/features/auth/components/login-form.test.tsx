import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { render } from '../../../testing/render';
import { LoginForm } from './login-form';

afterEach(() => vi.unstubAllGlobals());

describe('LoginForm', () => {
  it('says what is missing and sends nothing', async () => {
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    render(<LoginForm onSignedIn={() => {}} />);
    await userEvent.type(screen.getByLabelText(/^Password/, { selector: 'input' }), 'secret');
    await userEvent.type(screen.getByLabelText(/^Username/), '   ');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Username is required')).toBeInTheDocument();
    expect(screen.queryByText('Password is required')).not.toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('posts the typed values and reports the signed-in user', async () => {
    const fetchMock = vi.fn((_url: string, _init?: RequestInit) =>
      Promise.resolve(new Response(JSON.stringify({ username: 'viewer', role: 'viewer' }))),
    );
    vi.stubGlobal('fetch', fetchMock);
    const onSignedIn = vi.fn();
    render(<LoginForm onSignedIn={onSignedIn} />);
    await userEvent.type(screen.getByLabelText(/^Username/), 'viewer');
    await userEvent.type(screen.getByLabelText(/^Password/, { selector: 'input' }), 'viewer');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(onSignedIn).toHaveBeenCalled());
    expect(fetchMock.mock.calls[0]![0]).toBe('/api/auth/login');
    expect(JSON.parse(fetchMock.mock.calls[0]![1]!.body as string)).toEqual({
      username: 'viewer',
      password: 'viewer',
    });
  });
});
