import { useLingui } from '@lingui/react';
import { Alert, Button, Code, Group, List, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';

import { errorMessage } from '../i18n/error-messages';
import { ApiRequestError } from '../lib/api-client';

/** An error as a person can act on it: what failed, the upstream code and RequestId, a retry. */
export function QueryError({
  error,
  title,
  onRetry,
}: {
  error: unknown;
  title?: string;
  onRetry?: () => void;
}) {
  const { i18n } = useLingui();
  const apiError = error instanceof ApiRequestError ? error : null;
  const fields = Object.entries(apiError?.fieldErrors ?? {});
  // Asking again cannot fix a request the server refused as wrong (400, 403, 404…); it can fix
  // a timeout, a rate limit or an upstream failure.
  const retryable = !apiError || apiError.status >= 500 || apiError.status === 429;
  return (
    <Alert
      color="red"
      title={title ?? i18n._({ id: 'error.couldNotLoad', message: 'Could not load' })}
      icon={<IconAlertTriangle aria-hidden />}
      role="alert"
    >
      <Stack gap={6}>
        <Text size="sm">{errorMessage(i18n, error)}</Text>
        {fields.length > 0 && (
          <List
            size="sm"
            aria-label={i18n._({ id: 'error.whatToCorrect', message: 'What to correct' })}
          >
            {/* The server's words for each field are English details; the code above is the meaning. */}
            {fields.map(([field, message]) => (
              <List.Item key={field}>
                <Code>{field}</Code>: {message}
              </List.Item>
            ))}
          </List>
        )}
        {apiError && (
          <Text size="xs">
            {i18n._({ id: 'error.code', message: 'Code' })} <Code>{apiError.code}</Code>
            {apiError.requestId && (
              <>
                {' · '}
                {i18n._({ id: 'error.requestId', message: 'RequestId' })}{' '}
                <Code>{apiError.requestId}</Code>
              </>
            )}
          </Text>
        )}
        {onRetry && retryable && (
          <Group>
            <Button size="xs" variant="white" color="red" onClick={onRetry}>
              {i18n._({ id: 'common.tryAgain', message: 'Try again' })}
            </Button>
          </Group>
        )}
      </Stack>
    </Alert>
  );
}
