import { Button, Code, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';

import type { OtaModule } from '../../../../shared/contract/ota-modules';
import { QueryError } from '../../../components/query-error';
import { useDeleteOtaModule } from '../api/delete-ota-module';

function DeleteOtaModuleBody({
  module,
  onDone,
}: {
  module: OtaModule;
  onDone: (deleted: boolean) => void;
}) {
  const mutation = useDeleteOtaModule(module.productKey);

  const confirm = () => {
    if (mutation.isPending) return;
    mutation.mutate(module.moduleName, {
      onSuccess: () => {
        notifications.show({
          color: 'green',
          title: 'Module deleted',
          message: `${module.moduleName} was removed from ${module.productKey}.`,
        });
        onDone(true);
      },
    });
  };

  return (
    <Stack gap="md">
      <Text size="sm">
        The OTA module <Code>{module.moduleName}</Code>
        {module.aliasName && ` (${module.aliasName})`} will be removed from product{' '}
        <Code>{module.productKey}</Code>. This cannot be undone. A module that still has update
        packages cannot be deleted.
      </Text>
      {mutation.isError && (
        <QueryError error={mutation.error} title="Could not delete the module" />
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={() => onDone(false)} disabled={mutation.isPending}>
          Keep module
        </Button>
        <Button color="red" onClick={confirm} loading={mutation.isPending}>
          Delete module
        </Button>
      </Group>
    </Stack>
  );
}

/** Asks before deleting, naming the module; the confirm button shows the request in flight. */
export function DeleteOtaModuleDialog({
  module,
  onClose,
}: {
  module: OtaModule | null;
  /** `deleted`: the module is gone, so is the row whose button opened the dialog. */
  onClose: (deleted: boolean) => void;
}) {
  return (
    <Modal
      opened={module !== null}
      onClose={() => onClose(false)}
      title={module ? `Delete module “${module.moduleName}”?` : ''}
    >
      {module && <DeleteOtaModuleBody key={module.moduleName} module={module} onDone={onClose} />}
    </Modal>
  );
}
