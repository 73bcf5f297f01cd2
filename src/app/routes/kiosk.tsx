import { useMantineColorScheme } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';

import { useKioskConfig, useKioskSignIn } from '../features/kiosk/api/kiosk-queries';
import { isKioskEnded, isKioskRevoked } from '../features/kiosk/api/kiosk-session';
import { EndedMessage, KioskBoard } from '../features/kiosk/components/kiosk-board';
import { KioskLoading, KioskMessage } from '../features/kiosk/components/kiosk-message';

/** The big screen is dark while it is shown; the console's own scheme comes back after. */
function useDarkScheme() {
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  const [previous] = useState(colorScheme);
  useEffect(() => {
    setColorScheme('dark');
    return () => setColorScheme(previous === 'auto' ? 'light' : previous);
  }, [previous, setColorScheme]);
}

export default function KioskRoute() {
  useDarkScheme();
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

  const ended = [signIn.error, config.error].find(isKioskEnded);
  if (ended) return <EndedMessage revoked={isKioskRevoked(ended)} />;
  if (config.data) return <KioskBoard config={config.data} />;
  if (config.isError || signIn.isError)
    return <KioskMessage title="Cannot reach the console" text="Retrying…" />;
  return <KioskLoading />;
}
