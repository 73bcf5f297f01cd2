import { Alert, Button, Code, Group, Stack, Text } from '@mantine/core';
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
  return (
    <Alert color="red" title={title} icon={<IconAlertTriangle aria-hidden />} role="alert">
      <Stack gap={6}>
        <Text size="sm">
          {apiError?.message ?? (error as Error | undefined)?.message ?? 'Unknown error'}
        </Text>
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
        {onRetry && (
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
