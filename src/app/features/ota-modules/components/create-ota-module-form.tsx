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
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconLock } from '@tabler/icons-react';
import { useMemo, useState } from 'react';

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
import { useCreateOtaModule } from '../api/create-ota-module';
import { moduleFieldErrors } from '../utils/module-form-errors';
import { CountedHint, inputClassNames } from './form-hints';
import classes from './ota-modules.module.css';

const EMPTY = { moduleName: '', aliasName: '', desc: '' };

/** The create form, validated as the user types by the schema the BFF uses too. */
export function CreateOtaModuleForm({
  productKey,
  list,
}: {
  productKey: string;
  list: OtaModuleList;
}) {
  const mutation = useCreateOtaModule(productKey);
  const [formError, setFormError] = useState<unknown>(null);
  const existingNames = useMemo(() => list.items.map((m) => m.moduleName), [list.items]);
  const validate = useMemo(
    () => schemaResolver(createOtaModuleFormSchema(existingNames), { sync: true }),
    [existingNames],
  );
  const form = useForm({
    mode: 'controlled',
    initialValues: EMPTY,
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

  const submit = form.onSubmit((values) => {
    if (mutation.isPending || full) return;
    setFormError(null);
    mutation.mutate(values, {
      onSuccess: (result) => {
        form.reset();
        notifications.show({
          color: 'green',
          title: 'Module created',
          message: `${result.moduleName} was added to ${productKey}.`,
        });
      },
      onError: (error) => {
        const fieldErrors = moduleFieldErrors(error);
        if (fieldErrors) form.setErrors(fieldErrors);
        else setFormError(error);
      },
    });
  });

  return (
    <form onSubmit={submit} noValidate aria-label="Create a module">
      <Stack gap="sm">
        <Text size="sm">
          Names use letters, digits, periods, hyphens and underscores, must differ from every other
          module of the product even ignoring letter case, and cannot be changed later.
        </Text>
        {full && (
          <Alert
            color="yellow"
            icon={<IconLock aria-hidden />}
            title="Creation is blocked: module limit reached"
            classNames={{ title: classes.alertTitle }}
          >
            This product already has {list.customCount} of {list.customLimit} custom modules, the
            most the IoT platform allows per product. To add a module, first delete one you no
            longer need, or reuse an existing module by editing its alias and description.
          </Alert>
        )}
        <Fieldset variant="unstyled" disabled={full || mutation.isPending}>
          <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md" verticalSpacing="sm">
            <TextInput
              label="Module name"
              withAsterisk
              autoComplete="off"
              spellCheck={false}
              classNames={inputClassNames}
              description={<CountedHint value={moduleName} max={MODULE_NAME_MAX_LENGTH} />}
              {...form.getInputProps('moduleName')}
            />
            <TextInput
              label="Alias"
              autoComplete="off"
              classNames={inputClassNames}
              description={
                <CountedHint hint="Optional" value={aliasName} max={MODULE_ALIAS_MAX_LENGTH} />
              }
              {...form.getInputProps('aliasName')}
            />
            <Textarea
              label="Description"
              autosize
              minRows={1}
              classNames={inputClassNames}
              description={
                <CountedHint hint="Optional" value={desc} max={MODULE_DESC_MAX_LENGTH} />
              }
              {...form.getInputProps('desc')}
            />
          </SimpleGrid>
        </Fieldset>
        {formError !== null && <QueryError error={formError} title="Could not create the module" />}
        <Group justify="flex-end">
          <Button type="submit" loading={mutation.isPending} disabled={full || hasErrors}>
            Create module
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
