import { useLingui } from '@lingui/react';
import { Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Navigate, useNavigate, useSearchParams } from 'react-router';

import { useSession } from '../features/auth/api/session';
import { LoginForm } from '../features/auth/components/login-form';
import { safeNext } from '../features/auth/lib/safe-next';
import { LanguageSwitch } from '../i18n/language-switch';

export default function LoginRoute() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const session = useSession();
  const { i18n } = useLingui();
  const next = safeNext(params.get('next'));

  if (session.data && session.data.role !== 'kiosk') return <Navigate to={next} replace />;

  return (
    <Center mih="100vh" bg="gray.0" p="md">
      <Paper withBorder shadow="sm" p="xl" w={380} radius="md">
        <Stack>
          <div>
            <Group justify="space-between" align="flex-start" wrap="nowrap">
              <Title order={1} size="h2">
                {i18n._({ id: 'app.name', message: 'OTA Console' })}
              </Title>
              <LanguageSwitch />
            </Group>
            <Text size="sm" c="gray.7">
              {i18n._({ id: 'login.tagline', message: 'Sign in to manage firmware updates' })}
            </Text>
          </div>
          <LoginForm onSignedIn={() => void navigate(next, { replace: true })} />
        </Stack>
      </Paper>
    </Center>
  );
}
