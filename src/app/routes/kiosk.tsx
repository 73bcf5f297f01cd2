import { useLingui } from '@lingui/react';
import { useMantineColorScheme } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';

import type { Locale } from '../../shared/i18n/locales';
import { useKioskConfig, useKioskSignIn } from '../features/kiosk/api/kiosk-queries';
import { isKioskEnded, isKioskRevoked } from '../features/kiosk/api/kiosk-session';
import { EndedMessage, KioskBoard } from '../features/kiosk/components/kiosk-board';
import { KioskLoading, KioskMessage } from '../features/kiosk/components/kiosk-message';
import { activateLocale, currentLocale } from '../i18n/i18n';

/** The big screen is dark while it is shown; the console's own scheme comes back after. */
function useDarkScheme() {
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  const [previous] = useState(colorScheme);
  useEffect(() => {
    setColorScheme('dark');
    return () => setColorScheme(previous === 'auto' ? 'light' : previous);
  }, [previous, setColorScheme]);
}

/** The screen speaks its link's language (`--lang`), whatever the browser prefers. */
function useLinkLanguage(lang: Locale | undefined): boolean {
  const [active, setActive] = useState<Locale | null>(null);
  useEffect(() => {
    if (!lang) return;
    let live = true;
    void activateLocale(lang).then(() => live && setActive(lang));
    return () => {
      live = false;
    };
  }, [lang]);
  return lang !== undefined && (active === lang || currentLocale() === lang);
}

export default function KioskRoute() {
  useDarkScheme();
  const { i18n } = useLingui();
  const navigate = useNavigate();
  // The token is read once, then dropped from the address bar and history before it is used.
  const [token] = useState(() => new URLSearchParams(window.location.search).get('token'));
  const signIn = useKioskSignIn();
  const { mutate } = signIn;
  useEffect(() => {
    if (!token) return;
    void navigate('/kiosk', { replace: true });
    mutate(token);
  }, [token, mutate, navigate]);

  // Without a token (a reload, a restarted browser) the screen's link cookie sets up the session.
  const ready = !token || signIn.isSuccess;
  const config = useKioskConfig(ready);
  const speaking = useLinkLanguage(config.data?.lang);

  const ended = [signIn.error, config.error].find(isKioskEnded);
  if (ended) return <EndedMessage revoked={isKioskRevoked(ended)} />;
  if (config.data && speaking) return <KioskBoard config={config.data} />;
  if (!config.data && (config.isError || signIn.isError))
    return (
      <KioskMessage
        title={i18n._({ id: 'kiosk.unreachable', message: 'Cannot reach the console' })}
        text={i18n._({ id: 'kiosk.retrying', message: 'Retrying…' })}
      />
    );
  return <KioskLoading />;
}
