import { useLingui } from '@lingui/react';
import { Alert, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';

import { useSession } from '../features/auth/api/session';
import { LoginForm } from '../features/auth/components/login-form';
import { safeNext } from '../features/auth/lib/safe-next';
import { LanguageSwitch } from '../i18n/language-switch';
import { clearSessionExpired, refusedDraftKeys } from '../lib/form-draft';
import { usePageShownMark } from '../lib/page-shown';

export default function LoginRoute() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const session = useSession();
  const { i18n } = useLingui();
  const next = safeNext(params.get('next'));
  const expired = params.get('reason') === 'expired';
  useEffect(clearSessionExpired, []);
  usePageShownMark(true);

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
          {expired && (
            <Alert
              color="yellow"
              role="status"
              title={i18n._({
                id: 'login.expired.title',
                message: 'Your session expired — sign in again',
              })}
            >
              {refusedDraftKeys().length > 0
                ? i18n._({
                    id: 'login.expired.draft',
                    message:
                      'Your last change was not made. What you typed is kept and will be back in the form after you sign in.',
                  })
                : i18n._({
                    id: 'login.expired.plain',
                    message: 'Sign in to continue where you were.',
                  })}
            </Alert>
          )}
          <LoginForm onSignedIn={() => void navigate(next, { replace: true })} />
        </Stack>
      </Paper>
    </Center>
  );
}
