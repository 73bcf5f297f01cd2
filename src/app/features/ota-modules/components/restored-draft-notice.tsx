import { Alert } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';

/** Above a form whose values came back after the session expired mid-edit. */
export function RestoredDraftNotice({ action }: { action: 'created' | 'saved' }) {
  return (
    <Alert
      color="yellow"
      icon={<IconAlertTriangle aria-hidden />}
      title="Your change was not made"
      role="status"
    >
      Your session expired before the module was {action}. What you typed is back in the form: check
      it and {action === 'created' ? 'create the module' : 'save'} again.
    </Alert>
  );
}
