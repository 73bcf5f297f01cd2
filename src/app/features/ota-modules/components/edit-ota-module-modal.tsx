import { useLingui } from '@lingui/react';
import { Button, Group, Modal, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect, useMemo, useState } from 'react';

import { type OtaModule, updateOtaModuleFormSchema } from '../../../../shared/contract/ota-modules';
import {
  MODULE_ALIAS_MAX_LENGTH,
  MODULE_DESC_MAX_LENGTH,
} from '../../../../shared/ota/module-rules';
import { QueryError } from '../../../components/query-error';
import { translatedResolver } from '../../../i18n/console/validation';
import { ApiRequestError } from '../../../lib/api-client';
import { discardDraft, peekDraft, saveDraft } from '../../../lib/form-draft';
import { useUpdateOtaModule } from '../api/update-ota-module';
import { editDraftPrefix } from '../utils/edit-draft-key';
import { moduleFieldErrors } from '../utils/module-form-errors';
import { CountedHint, inputClassNames } from './form-hints';
import { RestoredDraftNotice } from './restored-draft-notice';

function EditOtaModuleForm({ module, onDone }: { module: OtaModule; onDone: () => void }) {
  const mutation = useUpdateOtaModule(module.productKey, module.moduleName);
  const { i18n } = useLingui();
  const [formError, setFormError] = useState<unknown>(null);
  const validate = useMemo(
    () => translatedResolver(updateOtaModuleFormSchema(module.aliasName), i18n),
    [module.aliasName, i18n],
  );
  const draftKey = editDraftPrefix(module.productKey) + module.moduleName;
  const [restored] = useState(() => peekDraft(draftKey));
  useEffect(() => discardDraft(draftKey), [draftKey]);
  const form = useForm({
    mode: 'controlled',
    initialValues: { aliasName: module.aliasName, desc: module.desc, ...restored },
    validate,
    validateInputOnChange: true,
    transformValues: (values) => ({ ...values, aliasName: values.aliasName.trim() }),
  });
  const hasErrors = Object.keys(form.errors).length > 0;

  const submit = form.onSubmit((values) => {
    if (mutation.isPending) return;
    setFormError(null);
    saveDraft(draftKey, values);
    mutation.mutate(values, {
      onSuccess: () => {
        discardDraft(draftKey);
        notifications.show({
          color: 'green',
          title: i18n._({ id: 'modules.saved', message: 'Module saved' }),
          message: i18n._({
            id: 'modules.saved.body',
            message: '{name} was updated.',
            values: { name: module.moduleName },
          }),
        });
        onDone();
      },
      onError: (error) => {
        if (!(error instanceof ApiRequestError && error.status === 401)) discardDraft(draftKey);
        const fieldErrors = moduleFieldErrors(i18n, error);
        if (fieldErrors) form.setErrors(fieldErrors);
        else setFormError(error);
      },
    });
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {restored && <RestoredDraftNotice action="edit" />}
        <TextInput
          label={i18n._({ id: 'modules.name', message: 'Module name' })}
          value={module.moduleName}
          readOnly
          variant="filled"
          classNames={inputClassNames}
          description={i18n._({
            id: 'modules.nameFixed',
            message: 'Fixed: the IoT platform does not allow renaming a module once it is created.',
          })}
        />
        <TextInput
          label={i18n._({ id: 'modules.alias', message: 'Alias' })}
          autoComplete="off"
          data-autofocus
          classNames={inputClassNames}
          disabled={mutation.isPending}
          description={
            <CountedHint
              optional={module.aliasName === ''}
              value={form.values.aliasName}
              max={MODULE_ALIAS_MAX_LENGTH}
            />
          }
          {...form.getInputProps('aliasName')}
        />
        <Textarea
          label={i18n._({ id: 'modules.description', message: 'Description' })}
          autosize
          minRows={2}
          classNames={inputClassNames}
          disabled={mutation.isPending}
          description={
            <CountedHint optional value={form.values.desc} max={MODULE_DESC_MAX_LENGTH} />
          }
          {...form.getInputProps('desc')}
        />
        {formError !== null && (
          <QueryError
            error={formError}
            title={i18n._({ id: 'modules.saveFailed', message: 'Could not save the module' })}
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone} disabled={mutation.isPending}>
            {i18n._({ id: 'common.cancel', message: 'Cancel' })}
          </Button>
          <Button type="submit" loading={mutation.isPending} disabled={hasErrors}>
            {i18n._({ id: 'common.saveChanges', message: 'Save changes' })}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Edits alias and description; the name is shown but cannot change. */
export function EditOtaModuleModal({
  module,
  onClose,
}: {
  module: OtaModule | null;
  onClose: () => void;
}) {
  const { i18n } = useLingui();
  return (
    <Modal
      opened={module !== null}
      onClose={onClose}
      title={
        module
          ? i18n._({
              id: 'modules.editTitle',
              message: 'Edit module “{name}”',
              values: { name: module.moduleName },
            })
          : ''
      }
    >
      {module && <EditOtaModuleForm key={module.moduleName} module={module} onDone={onClose} />}
    </Modal>
  );
}
