import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import type { LoginInput, SessionUser } from '../../../../shared/contract/auth';
import { api, ApiRequestError } from '../../../lib/api-client';

export const sessionKeys = {
  all: ['session'] as const,
};

async function fetchSession(): Promise<SessionUser | null> {
  try {
    return await api.get<SessionUser>('/auth/session');
  } catch (error) {
    if (error instanceof ApiRequestError && error.status === 401) return null;
    throw error;
  }
}

let early: Promise<SessionUser | null> | undefined;
/** The early answer once it has arrived (a failure is not kept: the query asks again). */
let arrived: { user: SessionUser | null } | undefined;

/**
 * Asks for the session while the first screen's words still load (src/app/main.tsx), so a
 * signed-in page does not wait for that answer after its first render: the first session query
 * takes this answer instead of asking again.
 */
export function askSessionEarly() {
  early ??= fetchSession();
  early.then(
    (user) => {
      arrived = { user };
    },
    () => undefined, // a failure is the query's to report, when it takes the answer
  );
}

/** The signed-in user, or null when there is no session. */
export const sessionQueryOptions = () =>
  queryOptions({
    queryKey: sessionKeys.all,
    queryFn: (): Promise<SessionUser | null> => {
      const answer = early ?? fetchSession();
      early = undefined;
      arrived = undefined;
      return answer;
    },
    // An answer already here is the first render's: signed-in pages draw without a loader first.
    initialData: () => {
      const user = arrived?.user;
      if (arrived) early = arrived = undefined;
      return user;
    },
    staleTime: 60_000,
  });

export const useSession = () => useQuery(sessionQueryOptions());

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: LoginInput) => api.post<SessionUser>('/auth/login', input),
    onSuccess: (user) => {
      queryClient.clear();
      queryClient.setQueryData(sessionKeys.all, user);
    },
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<void>('/auth/logout'),
    onSettled: () => {
      queryClient.clear();
      queryClient.setQueryData(sessionKeys.all, null);
    },
  });
}

export function useCanWrite(): boolean {
  const { data } = useSession();
  return data?.role === 'manager';
}
