import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import type { Preferences, PreferencesUpdate } from '../../shared/contract/preferences';
import { useSession } from '../features/auth/api/session';
import { api } from '../lib/api-client';
import { DEFAULT_PREFERENCES, readPreferences } from './read-preferences';

export const preferencesKeys = {
  all: ['preferences'] as const,
  of: (username: string) => ['preferences', username] as const,
};

const PATH = '/me/preferences';
const storageKey = (username: string) => `ota-console.preferences.${username}`;

/**
 * The last settings this browser saw for the user: shown while the server's answer is on its way,
 * so a reload does not flash times in another zone. The server's answer always wins.
 */
function remembered(username: string): Preferences | undefined {
  try {
    return readPreferences(JSON.parse(window.localStorage.getItem(storageKey(username)) ?? 'null'));
  } catch {
    return undefined;
  }
}

function remember(username: string, preferences: Preferences) {
  try {
    window.localStorage.setItem(storageKey(username), JSON.stringify(preferences));
  } catch {
    // storage blocked: the server keeps them anyway
  }
}

export const preferencesQueryOptions = (username: string) =>
  queryOptions({
    queryKey: preferencesKeys.of(username),
    queryFn: async ({ signal }) => {
      const preferences = readPreferences(await api.get<unknown>(PATH, signal));
      if (!preferences) throw new Error(`Unexpected answer from ${PATH}`);
      remember(username, preferences);
      return preferences;
    },
    staleTime: 5 * 60_000,
  });

/** The signed-in console user's name, or null (none, or a kiosk: kiosks have no preferences). */
function useConsoleUsername(): string | null {
  const { data: user } = useSession();
  return user && user.role !== 'kiosk' ? user.username : null;
}

/**
 * The signed-in user's settings (kept per user by the BFF). `preferences` is always usable: the
 * defaults until the server answers, and for a kiosk or no session.
 */
export function usePreferences() {
  const username = useConsoleUsername();
  const query = useQuery({
    ...preferencesQueryOptions(username ?? ''),
    enabled: username !== null,
    placeholderData: () => (username ? remembered(username) : undefined),
  });
  return { ...query, preferences: query.data ?? DEFAULT_PREFERENCES };
}

/** Changes settings: shown at once, saved on the server, put back if the server refuses. */
export function useSavePreferences() {
  const queryClient = useQueryClient();
  const username = useConsoleUsername();
  return useMutation({
    mutationFn: (update: PreferencesUpdate) => api.put<Preferences>(PATH, update),
    onMutate: async (update) => {
      if (!username) return { previous: undefined };
      const key = preferencesKeys.of(username);
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<Preferences>(key);
      queryClient.setQueryData<Preferences>(key, {
        ...(previous ?? remembered(username) ?? DEFAULT_PREFERENCES),
        ...update,
      });
      return { previous };
    },
    onError: (_error, _update, context) => {
      if (username) queryClient.setQueryData(preferencesKeys.of(username), context?.previous);
    },
    onSuccess: (saved) => {
      if (!username) return;
      queryClient.setQueryData(preferencesKeys.of(username), saved);
      remember(username, saved);
    },
  });
}
