import { useLingui } from '@lingui/react';
import { Alert, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconEye, IconSearch } from '@tabler/icons-react';
import { lazy, useEffect, useMemo, useRef, useState } from 'react';

import type { OtaModule, OtaModuleList } from '../../../../shared/contract/ota-modules';
import { LazyDialog } from '../../../components/lazy-dialog';
import { refusedDraftKeys } from '../../../lib/form-draft';
import { packageCountOf, useModulePackages } from '../api/ota-module-queries';
import { editDraftPrefix } from '../utils/edit-draft-key';
import { filterAndSortModules, nextSort } from '../utils/module-view';
import { useModuleView } from '../utils/use-module-view';
import { CreateOtaModuleForm } from './create-ota-module-form';
import { OtaModuleTable } from './ota-module-table';

// The dialogs load on their first opening (see LazyDialog).
const EditOtaModuleModal = lazy(() =>
  import('./edit-ota-module-modal').then((m) => ({ default: m.EditOtaModuleModal })),
);
const DeleteOtaModuleDialog = lazy(() =>
  import('./delete-ota-module-dialog').then((m) => ({ default: m.DeleteOtaModuleDialog })),
);

interface OtaModulesPanelProps {
  productKey: string;
  list: OtaModuleList;
  canWrite: boolean;
}

/** The modules of one product: filter, sort, and (for managers) create, edit and delete. */
export function OtaModulesPanel({ productKey, list, canWrite }: OtaModulesPanelProps) {
  const { filter, setFilter, sort, setSort } = useModuleView();
  const { i18n } = useLingui();
  // An edit refused for an expired session opens again after sign-in, with what was typed.
  const [editing, setEditing] = useState<OtaModule | null>(() => {
    const prefix = editDraftPrefix(productKey);
    const name = refusedDraftKeys()
      .find((key) => key.startsWith(prefix))
      ?.slice(prefix.length);
    return list.items.find((m) => m.moduleName === name) ?? null;
  });
  const [deleting, setDeleting] = useState<OtaModule | null>(null);
  const tableRef = useRef<HTMLDivElement>(null);
  const deleted = useRef<string | null>(null);
  // Once the deleted row has left the list, focus goes to the list (its Delete button is gone).
  useEffect(() => {
    const name = deleted.current;
    if (name && !list.items.some((m) => m.moduleName === name)) {
      tableRef.current?.focus();
      deleted.current = null;
    }
  }, [list.items, deleting]);
  const shown = useMemo(
    () => filterAndSortModules(list.items, filter, sort),
    [list.items, filter, sort],
  );
  const full = list.customCount >= list.customLimit;
  const packages = useModulePackages(productKey);
  const packagesOf = (moduleName: string) => packageCountOf(packages, moduleName);

  const table = (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end">
        <TextInput
          label={i18n._({ id: 'modules.filter', message: 'Filter modules' })}
          placeholder={i18n._({
            id: 'modules.filter.placeholder',
            message: 'Name, alias or description',
          })}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={filter}
          onChange={(event) => setFilter(event.currentTarget.value)}
          w={{ base: '100%', xs: 280 }}
        />
        <Text size="sm" fw={500} role="status">
          {i18n._({
            id: 'modules.count',
            message: '{count} of {limit} custom modules',
            values: { count: list.customCount, limit: list.customLimit },
          })}
          {full && i18n._({ id: 'modules.limitReached', message: ' (limit reached)' })}
          {filter.trim() &&
            i18n._({
              id: 'modules.showing',
              message: ' · showing {shown} of {total}',
              values: { shown: shown.length, total: list.items.length },
            })}
        </Text>
      </Group>
      {/* Focus lands here after a delete: the row whose button opened the dialog is gone. */}
      <Paper
        withBorder
        component="section"
        ref={tableRef}
        tabIndex={-1}
        aria-label={i18n._({ id: 'modules.list', message: 'Module list' })}
      >
        <OtaModuleTable
          modules={shown}
          sort={sort}
          onSort={(key) => setSort(nextSort(sort, key))}
          actions={canWrite ? { onEdit: setEditing, onDelete: setDeleting } : undefined}
          packagesOf={packagesOf}
          empty={
            <Text size="sm">
              {i18n._({
                id: 'modules.noMatch',
                message: 'No module matches “{filter}”.',
                values: { filter: filter.trim() },
              })}
            </Text>
          }
        />
      </Paper>
    </Stack>
  );

  if (!canWrite) {
    return (
      <Stack>
        <Alert color="gray" icon={<IconEye aria-hidden />}>
          {i18n._({
            id: 'modules.readOnly',
            message:
              'You can browse this product’s modules. Creating, editing and deleting them needs the manager role.',
          })}
        </Alert>
        {table}
      </Stack>
    );
  }

  return (
    <Stack gap="lg">
      <Paper withBorder p="md" component="section" aria-labelledby="create-module-title">
        <Title order={3} size="h4" mb="xs" id="create-module-title">
          {i18n._({ id: 'modules.new', message: 'New module' })}
        </Title>
        <CreateOtaModuleForm productKey={productKey} list={list} />
      </Paper>
      {table}
      <LazyDialog value={editing}>
        {(module) => <EditOtaModuleModal module={module} onClose={() => setEditing(null)} />}
      </LazyDialog>
      <LazyDialog value={deleting}>
        {(module) => (
          <DeleteOtaModuleDialog
            module={module}
            packages={module ? packagesOf(module.moduleName) : 'loading'}
            onClose={(wasDeleted) => {
              if (wasDeleted && deleting) deleted.current = deleting.moduleName;
              setDeleting(null);
            }}
          />
        )}
      </LazyDialog>
    </Stack>
  );
}
