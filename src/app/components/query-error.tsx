import { Alert, Button, Code, Group, List, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';

import { ApiRequestError } from '../lib/api-client';

/** An error as a person can act on it: what failed, the upstream code and RequestId, a retry. */
export function QueryError({
  error,
  title = 'Could not load',
  onRetry,
}: {
  error: unknown;
  title?: string;
  onRetry?: () => void;
}) {
  const apiError = error instanceof ApiRequestError ? error : null;
  const fields = Object.entries(apiError?.fieldErrors ?? {});
  // Asking again cannot fix a request the server refused as wrong (400, 403, 404…); it can fix
  // a timeout, a rate limit or an upstream failure.
  const retryable = !apiError || apiError.status >= 500 || apiError.status === 429;
  return (
    <Alert color="red" title={title} icon={<IconAlertTriangle aria-hidden />} role="alert">
      <Stack gap={6}>
        <Text size="sm">
          {apiError?.message ?? (error as Error | undefined)?.message ?? 'Unknown error'}
        </Text>
        {fields.length > 0 && (
          <List size="sm" aria-label="What to correct">
            {fields.map(([field, message]) => (
              <List.Item key={field}>
                <Code>{field}</Code>: {message}
              </List.Item>
            ))}
          </List>
        )}
        {apiError && (
          <Text size="xs">
            Code <Code>{apiError.code}</Code>
            {apiError.requestId && (
              <>
                {' '}
                · RequestId <Code>{apiError.requestId}</Code>
              </>
            )}
          </Text>
        )}
        {onRetry && retryable && (
          <Group>
            <Button size="xs" variant="white" color="red" onClick={onRetry}>
              Try again
            </Button>
          </Group>
        )}
      </Stack>
    </Alert>
  );
}
