import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';

import { I18nProvider, useLingui } from '@lingui/react';
import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, Suspense, useEffect, useState } from 'react';

import { PageLoader } from './components/page-loader';
import { sessionKeys } from './features/auth/api/session';
import { i18n } from './i18n/i18n';
import { UNAUTHENTICATED_EVENT } from './lib/api-client';
import { createQueryClient } from './lib/query-client';
import { AppRoutes } from './router';
import { cssVariablesResolver, localizedTheme } from './theme';

function LocalizedMantine({ children }: { children: ReactNode }) {
  const { i18n: active } = useLingui();
  return (
    <MantineProvider
      theme={localizedTheme(active)}
      cssVariablesResolver={cssVariablesResolver}
      defaultColorScheme="light"
    >
      {children}
    </MantineProvider>
  );
}

export function App() {
  const [queryClient] = useState(createQueryClient);

  // A 401 anywhere means the session ended: forget the user so guarded pages go to /login.
  useEffect(() => {
    const onUnauthenticated = () => queryClient.setQueryData(sessionKeys.all, null);
    window.addEventListener(UNAUTHENTICATED_EVENT, onUnauthenticated);
    return () => window.removeEventListener(UNAUTHENTICATED_EVENT, onUnauthenticated);
  }, [queryClient]);

  return (
    <I18nProvider i18n={i18n}>
      <LocalizedMantine>
        <QueryClientProvider client={queryClient}>
          <Suspense fallback={<PageLoader />}>
            <AppRoutes />
          </Suspense>
        </QueryClientProvider>
      </LocalizedMantine>
    </I18nProvider>
  );
}
