import { useLingui } from '@lingui/react';
import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';

import type { LoginInput } from '../../../../shared/contract/auth';
import { errorMessage, signInErrors } from '../../../i18n/error-messages';
import { useLogin } from '../api/session';
import { validateLogin } from '../lib/validate-login';

export function LoginForm({ onSignedIn }: { onSignedIn: () => void }) {
  const login = useLogin();
  const { i18n } = useLingui();
  const form = useForm<LoginInput>({
    mode: 'uncontrolled',
    initialValues: { username: '', password: '' },
    // The shared schema's rules without zod on the first route (the BFF parses with the schema).
    validate: {
      username: (value) => validateLogin.username(value, i18n),
      password: (value) => validateLogin.password(value, i18n),
    },
  });

  const submit = form.onSubmit((values) => {
    login.mutate(values, { onSuccess: onSignedIn });
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {login.isError && (
          <Alert
            color="red"
            title={i18n._({ id: 'login.failed', message: 'Sign-in failed' })}
            role="alert"
          >
            {errorMessage(i18n, login.error, signInErrors)}
          </Alert>
        )}
        <TextInput
          label={i18n._({ id: 'login.username', message: 'Username' })}
          autoComplete="username"
          required
          data-autofocus
          key={form.key('username')}
          {...form.getInputProps('username')}
        />
        <PasswordInput
          label={i18n._({ id: 'login.password', message: 'Password' })}
          autoComplete="current-password"
          required
          // Not "…password…": the field alone must answer to the label "Password".
          visibilityToggleButtonProps={{
            'aria-label': i18n._({
              id: 'login.showPassword',
              message: 'Show the characters typed',
            }),
          }}
          key={form.key('password')}
          {...form.getInputProps('password')}
        />
        <Button type="submit" loading={login.isPending} fullWidth>
          {i18n._({ id: 'login.submit', message: 'Sign in' })}
        </Button>
      </Stack>
    </form>
  );
}
