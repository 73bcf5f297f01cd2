import { Trans, useLingui } from '@lingui/react';
import { Alert, Button, Code, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle } from '@tabler/icons-react';

import type { OtaModule } from '../../../../shared/contract/ota-modules';
import { QueryError } from '../../../components/query-error';
import { useDeleteOtaModule } from '../api/delete-ota-module';
import type { PackageCount } from '../api/ota-module-queries';

function DeleteOtaModuleBody({
  module,
  packages,
  onDone,
}: {
  module: OtaModule;
  packages: PackageCount;
  onDone: (deleted: boolean) => void;
}) {
  const mutation = useDeleteOtaModule(module.productKey);
  const { i18n } = useLingui();

  const confirm = () => {
    if (mutation.isPending) return;
    mutation.mutate(module.moduleName, {
      onSuccess: () => {
        notifications.show({
          color: 'green',
          title: i18n._({ id: 'modules.deleted', message: 'Module deleted' }),
          message: i18n._({
            id: 'modules.deleted.body',
            message: '{name} was removed from {productKey}.',
            values: { name: module.moduleName, productKey: module.productKey },
          }),
        });
        onDone(true);
      },
    });
  };

  return (
    <Stack gap="md">
      <Text size="sm">
        <Trans
          id="modules.delete.body"
          message="The OTA module <0>{name}</0>{hasAlias, select, yes { ({alias})} other {}} will be removed from product <1>{productKey}</1>. This cannot be undone. A module that still has update packages cannot be deleted."
          values={{
            name: module.moduleName,
            hasAlias: module.aliasName ? 'yes' : 'no',
            alias: module.aliasName,
            productKey: module.productKey,
          }}
          components={{ 0: <Code />, 1: <Code /> }}
        />
      </Text>
      {typeof packages === 'number' && packages > 0 && (
        // Known when the dialog opens, so a note and not a live alert (that is the refusal's).
        <Alert role="note" color="orange" icon={<IconAlertTriangle aria-hidden />}>
          {i18n._({
            id: 'modules.delete.hasPackages',
            message:
              '{count, plural, one {This module has # update package} other {This module has # update packages}}, so the platform will refuse to delete it. Delete its packages first.',
            values: { count: packages },
          })}
        </Alert>
      )}
      {packages === 'unknown' && (
        <Alert role="note" color="gray" icon={<IconAlertTriangle aria-hidden />}>
          {i18n._({
            id: 'modules.delete.packagesUnknown',
            message:
              'Its update packages could not be counted: if it still has some, the platform will refuse to delete it.',
          })}
        </Alert>
      )}
      {mutation.isError && (
        <QueryError
          error={mutation.error}
          title={i18n._({ id: 'modules.deleteFailed', message: 'Could not delete the module' })}
        />
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={() => onDone(false)} disabled={mutation.isPending}>
          {i18n._({ id: 'modules.keep', message: 'Keep module' })}
        </Button>
        <Button color="red" onClick={confirm} loading={mutation.isPending}>
          {i18n._({ id: 'modules.delete', message: 'Delete module' })}
        </Button>
      </Group>
    </Stack>
  );
}

/** Asks before deleting, naming the module; the confirm button shows the request in flight. */
export function DeleteOtaModuleDialog({
  module,
  packages,
  onClose,
}: {
  module: OtaModule | null;
  /** How many update packages the module has, as its row shows. */
  packages: PackageCount;
  /** `deleted`: the module is gone, so is the row whose button opened the dialog. */
  onClose: (deleted: boolean) => void;
}) {
  const { i18n } = useLingui();
  return (
    <Modal
      opened={module !== null}
      onClose={() => onClose(false)}
      title={
        module
          ? i18n._({
              id: 'modules.deleteTitle',
              message: 'Delete module “{name}”?',
              values: { name: module.moduleName },
            })
          : ''
      }
    >
      {module && (
        <DeleteOtaModuleBody
          key={module.moduleName}
          module={module}
          packages={packages}
          onDone={onClose}
        />
      )}
    </Modal>
  );
}
