import { useLingui } from '@lingui/react';
import { Alert } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';

/** Above a form whose values came back after the session expired mid-edit. */
export function RestoredDraftNotice({ action }: { action: 'create' | 'edit' }) {
  const { i18n } = useLingui();
  return (
    <Alert
      color="yellow"
      icon={<IconAlertTriangle aria-hidden />}
      title={i18n._({ id: 'draft.restored.title', message: 'Your change was not made' })}
      role="status"
    >
      {action === 'create'
        ? i18n._({
            id: 'draft.restored.create',
            message:
              'Your session expired before the module was created. What you typed is back in the form: check it and create the module again.',
          })
        : i18n._({
            id: 'draft.restored.edit',
            message:
              'Your session expired before the changes were saved. What you typed is back in the form: check it and save again.',
          })}
    </Alert>
  );
}
