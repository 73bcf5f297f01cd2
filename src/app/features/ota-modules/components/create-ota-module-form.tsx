import { useLingui } from '@lingui/react';
import {
  Alert,
  Button,
  Fieldset,
  Group,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconLock } from '@tabler/icons-react';
import { useEffect, useId, useMemo, useRef, useState } from 'react';

import {
  createOtaModuleFormSchema,
  type OtaModuleList,
} from '../../../../shared/contract/ota-modules';
import {
  MODULE_ALIAS_MAX_LENGTH,
  MODULE_DESC_MAX_LENGTH,
  MODULE_NAME_MAX_LENGTH,
} from '../../../../shared/ota/module-rules';
import { QueryError } from '../../../components/query-error';
import { translatedResolver } from '../../../i18n/console/validation';
import { ApiRequestError } from '../../../lib/api-client';
import { discardDraft, peekDraft, saveDraft } from '../../../lib/form-draft';
import { useCreateOtaModule } from '../api/create-ota-module';
import { moduleFieldErrors } from '../utils/module-form-errors';
import { CountedHint, inputClassNames } from './form-hints';
import classes from './ota-modules.module.css';
import { RestoredDraftNotice } from './restored-draft-notice';

const EMPTY = { moduleName: '', aliasName: '', desc: '' };

export const createDraftKey = (productKey: string) => `modules:${productKey}:create`;

/** The create form, validated as the user types by the schema the BFF uses too. */
export function CreateOtaModuleForm({
  productKey,
  list,
}: {
  productKey: string;
  list: OtaModuleList;
}) {
  const { i18n } = useLingui();
  const mutation = useCreateOtaModule(productKey);
  const [formError, setFormError] = useState<unknown>(null);
  const draftKey = createDraftKey(productKey);
  // Values typed before a save was refused for an expired session, back after sign-in (once).
  const [restored] = useState(() => peekDraft(draftKey));
  useEffect(() => discardDraft(draftKey), [draftKey]);
  const nameRef = useRef<HTMLInputElement>(null);
  const [created, setCreated] = useState(0);
  const reasonId = useId();
  const existingNames = useMemo(() => list.items.map((m) => m.moduleName), [list.items]);
  const validate = useMemo(
    () => translatedResolver(createOtaModuleFormSchema(existingNames), i18n),
    [existingNames, i18n],
  );
  const form = useForm({
    mode: 'controlled',
    initialValues: { ...EMPTY, ...restored },
    validate,
    validateInputOnChange: true,
    // Spaces pasted around a name or alias are dropped (the BFF trims them too).
    transformValues: (values) => ({
      ...values,
      moduleName: values.moduleName.trim(),
      aliasName: values.aliasName.trim(),
    }),
  });
  const full = list.customCount >= list.customLimit;
  const hasErrors = Object.keys(form.errors).length > 0;
  const { moduleName, aliasName, desc } = form.values;
  // The button stays in the tab order when it cannot be used, and says why.
  const blockedReason = full
    ? i18n._({
        id: 'modules.create.blocked.limit',
        message: 'Creation is blocked: this product has reached its module limit.',
      })
    : hasErrors
      ? i18n._({
          id: 'modules.create.blocked.errors',
          message: 'Correct the fields marked in red to create the module.',
        })
      : null;

  // After a create, the name field is ready for the next module (not <body>, where focus would
  // fall while the form was disabled).
  const pending = mutation.isPending;
  useEffect(() => {
    if (created > 0 && !pending) nameRef.current?.focus();
  }, [created, pending]);

  const submit = form.onSubmit((values) => {
    if (mutation.isPending || full) return;
    setFormError(null);
    saveDraft(draftKey, values);
    mutation.mutate(values, {
      onSuccess: (result) => {
        discardDraft(draftKey);
        form.setInitialValues(EMPTY);
        form.reset();
        setCreated((n) => n + 1);
        notifications.show({
          color: 'green',
          title: i18n._({ id: 'modules.created', message: 'Module created' }),
          message: i18n._({
            id: 'modules.created.body',
            message: '{name} was added to {productKey}.',
            values: { name: result.moduleName, productKey },
          }),
        });
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
    <form
      onSubmit={submit}
      noValidate
      aria-label={i18n._({ id: 'modules.createForm', message: 'Create a module' })}
    >
      <Stack gap="sm">
        {restored && <RestoredDraftNotice action="create" />}
        <Text size="sm">
          {i18n._({
            id: 'modules.nameRules',
            message:
              'Names use letters, digits, periods, hyphens and underscores, must differ from every other module of the product even ignoring letter case, and cannot be changed later.',
          })}
        </Text>
        {full && (
          <Alert
            color="yellow"
            icon={<IconLock aria-hidden />}
            title={i18n._({
              id: 'modules.limit.title',
              message: 'Creation is blocked: module limit reached',
            })}
            classNames={{ title: classes.alertTitle }}
          >
            {i18n._({
              id: 'modules.limit.body',
              message:
                'This product already has {count} of {limit} custom modules, the most the IoT platform allows per product. To add a module, first delete one you no longer need, or reuse an existing module by editing its alias and description.',
              values: { count: list.customCount, limit: list.customLimit },
            })}
          </Alert>
        )}
        <Fieldset variant="unstyled" disabled={full || mutation.isPending}>
          <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md" verticalSpacing="sm">
            <TextInput
              label={i18n._({ id: 'modules.name', message: 'Module name' })}
              ref={nameRef}
              withAsterisk
              autoComplete="off"
              spellCheck={false}
              classNames={inputClassNames}
              description={<CountedHint value={moduleName} max={MODULE_NAME_MAX_LENGTH} />}
              {...form.getInputProps('moduleName')}
            />
            <TextInput
              label={i18n._({ id: 'modules.alias', message: 'Alias' })}
              autoComplete="off"
              classNames={inputClassNames}
              description={<CountedHint optional value={aliasName} max={MODULE_ALIAS_MAX_LENGTH} />}
              {...form.getInputProps('aliasName')}
            />
            <Textarea
              label={i18n._({ id: 'modules.description', message: 'Description' })}
              autosize
              minRows={1}
              classNames={inputClassNames}
              description={<CountedHint optional value={desc} max={MODULE_DESC_MAX_LENGTH} />}
              {...form.getInputProps('desc')}
            />
          </SimpleGrid>
        </Fieldset>
        {formError !== null && (
          <QueryError
            error={formError}
            title={i18n._({ id: 'modules.createFailed', message: 'Could not create the module' })}
          />
        )}
        <Group justify="flex-end">
          {blockedReason && (
            <Text size="sm" id={reasonId}>
              {blockedReason}
            </Text>
          )}
          <Button
            type="submit"
            loading={mutation.isPending}
            data-disabled={blockedReason ? true : undefined}
            aria-disabled={blockedReason ? true : undefined}
            aria-describedby={blockedReason ? reasonId : undefined}
            onClick={(event) => {
              if (blockedReason) event.preventDefault();
            }}
          >
            {i18n._({ id: 'modules.create', message: 'Create module' })}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
