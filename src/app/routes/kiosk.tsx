import { Center, Loader, Stack, Text, Title, useMantineColorScheme } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';

import { useKioskConfig, useKioskSignIn } from '../features/kiosk/api/kiosk-queries';
import { KioskBoard } from '../features/kiosk/components/kiosk-board';
import { ApiRequestError } from '../lib/api-client';

/** The big screen is dark while it is shown; the console's own scheme comes back after. */
function useDarkScheme() {
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  const [previous] = useState(colorScheme);
  useEffect(() => {
    setColorScheme('dark');
    return () => setColorScheme(previous === 'auto' ? 'light' : previous);
  }, [previous, setColorScheme]);
}

function Message({ title, text }: { title: string; text: string }) {
  return (
    <Center h="100vh">
      <Stack align="center">
        <Title order={1}>{title}</Title>
        <Text size="xl">{text}</Text>
      </Stack>
    </Center>
  );
}

export default function KioskRoute() {
  useDarkScheme();
  const navigate = useNavigate();
  // The token is read once, then dropped from the address bar and history.
  const [token] = useState(() => new URLSearchParams(window.location.search).get('token'));
  const signIn = useKioskSignIn();
  const { mutate } = signIn;
  useEffect(() => {
    if (!token) return;
    void navigate('/kiosk', { replace: true });
    mutate(token);
  }, [token, mutate, navigate]);

  const ready = !token || signIn.isSuccess;
  const config = useKioskConfig(ready);

  if (signIn.isError)
    return (
      <Message
        title="Kiosk link not valid"
        text="Ask for a new kiosk link; this one was revoked or mistyped."
      />
    );
  if (config.data) return <KioskBoard config={config.data} />;
  if (config.error instanceof ApiRequestError && config.error.status === 401) {
    return <Message title="Kiosk session ended" text="Open the kiosk link again." />;
  }
  if (config.isError) return <Message title="Cannot reach the console" text="Retrying…" />;
  return (
    <Center h="100vh">
      <Loader size="xl" aria-label="Loading" />
    </Center>
  );
}
