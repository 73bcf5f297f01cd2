import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';

import type { LoginInput } from '../../../../shared/contract/auth';
import { ApiRequestError } from '../../../lib/api-client';
import { useLogin } from '../api/session';
import { validateLogin } from '../lib/validate-login';

export function LoginForm({ onSignedIn }: { onSignedIn: () => void }) {
  const login = useLogin();
  const form = useForm<LoginInput>({
    mode: 'uncontrolled',
    initialValues: { username: '', password: '' },
    // The shared schema's rules without zod on the first route (the BFF parses with the schema).
    validate: validateLogin,
  });

  const submit = form.onSubmit((values) => {
    login.mutate(values, { onSuccess: onSignedIn });
  });

  const error = login.error instanceof ApiRequestError ? login.error : null;

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {login.isError && (
          <Alert color="red" title="Sign-in failed" role="alert">
            {error?.message ?? 'Something went wrong. Try again.'}
          </Alert>
        )}
        <TextInput
          label="Username"
          autoComplete="username"
          required
          data-autofocus
          key={form.key('username')}
          {...form.getInputProps('username')}
        />
        <PasswordInput
          label="Password"
          autoComplete="current-password"
          required
          // Not "…password…": the field alone must answer to the label "Password".
          visibilityToggleButtonProps={{ 'aria-label': 'Show the characters typed' }}
          key={form.key('password')}
          {...form.getInputProps('password')}
        />
        <Button type="submit" loading={login.isPending} fullWidth>
          Sign in
        </Button>
      </Stack>
    </form>
  );
}
