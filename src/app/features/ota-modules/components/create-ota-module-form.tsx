import { useLingui } from '@lingui/react';
import { Alert, Button, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconLock } from '@tabler/icons-react';
import { type FormEvent, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';

import type { OtaModuleList } from '../../../../shared/contract/ota-modules';
import { QueryError } from '../../../components/query-error';
import { useAfterPaint } from '../../../hooks/use-after-paint';
import { ApiRequestError } from '../../../lib/api-client';
import { discardDraft, peekDraft, saveDraft } from '../../../lib/form-draft';
import { useCreateOtaModule } from '../api/create-ota-module';
import type * as RulesModule from '../utils/create-module-rules';
import {
  MODULE_ALIAS_MAX_LENGTH,
  MODULE_DESC_MAX_LENGTH,
  MODULE_NAME_MAX_LENGTH,
} from '../utils/module-limits';
import { CountedHint, inputClassNames } from './form-hints';
import classes from './ota-modules.module.css';
import { RestoredDraftNotice } from './restored-draft-notice';

const EMPTY = { moduleName: '', aliasName: '', desc: '' };
const FIELDS = ['moduleName', 'aliasName', 'desc'] as const;

const loadRules = () => import('../utils/create-module-rules');
const noErrors = () => ({});

export const createDraftKey = (productKey: string) => `modules:${productKey}:create`;

/**
 * The create form, validated as the user types by the schema the BFF uses too. The schema (zod and
 * its messages, about 30 kB) loads when the pointer or the focus first reaches the form, not with
 * the page; a submit made before it arrived waits for it, and fields typed meanwhile are checked
 * as soon as it is there.
 */
export function CreateOtaModuleForm({
  productKey,
  list,
}: {
  productKey: string;
  list: OtaModuleList;
}) {
  const { i18n } = useLingui();
  const painted = useAfterPaint();
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
  const [rules, setRules] = useState<typeof RulesModule | null>(null);
  const needRules = useCallback(() => void loadRules().then(setRules), []);
  const validate = useMemo(
    () => (rules ? rules.createModuleRules(existingNames, i18n) : noErrors),
    [rules, existingNames, i18n],
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

  // What was typed before the rules arrived is checked once they have; a waiting submit goes on.
  const formRef = useRef<HTMLFormElement>(null);
  const submitWhenReady = useRef(false);
  useEffect(() => {
    if (!rules) return;
    for (const field of FIELDS) if (form.isDirty(field)) form.validateField(field);
    if (submitWhenReady.current) {
      submitWhenReady.current = false;
      formRef.current?.requestSubmit();
    }
    // Only when the rules arrive.
  }, [rules]); // eslint-disable-line react-hooks/exhaustive-deps

  const submitValid = form.onSubmit((values) => {
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
        const fieldErrors = rules?.moduleFieldErrors(i18n, error);
        if (fieldErrors) form.setErrors(fieldErrors);
        else setFormError(error);
      },
    });
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    if (rules) return submitValid(event);
    event.preventDefault();
    submitWhenReady.current = true;
    needRules();
  };

  return (
    <form
      ref={formRef}
      onSubmit={submit}
      onFocusCapture={rules ? undefined : needRules}
      onPointerEnter={rules ? undefined : needRules}
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
        {/* A plain fieldset and CSS grid: Mantine's Fieldset and SimpleGrid (its responsive
            styles at run time) were 1.9 kB gzip of script for this layout. */}
        <fieldset className={classes.fieldset} disabled={full || mutation.isPending}>
          <div className={classes.fields}>
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
              // Growing with its text measures the page's layout in the first render's task (a
              // quarter of its time): one row until that render is painted, then it grows.
              autosize={painted}
              minRows={1}
              rows={1}
              classNames={inputClassNames}
              description={<CountedHint optional value={desc} max={MODULE_DESC_MAX_LENGTH} />}
              {...form.getInputProps('desc')}
            />
          </div>
        </fieldset>
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
