import { useLingui } from '@lingui/react';
import { Badge, Button, Group, Text, UnstyledButton } from '@mantine/core';
import {
  IconChevronDown,
  IconChevronUp,
  IconPencil,
  IconSelector,
  IconTrash,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';

import type { OtaModule } from '../../../../shared/contract/ota-modules';
import { Table } from '../../../components/table';
import { TableScroll } from '../../../components/table-scroll';
import { ZonedTime } from '../../../lib/time/zoned-time';
import type { PackageCount as Count } from '../api/ota-module-queries';
import type { ModuleSort, ModuleSortKey } from '../utils/module-view';
import classes from './ota-modules.module.css';
import { PackageCount } from './package-count';

export interface ModuleActions {
  onEdit: (module: OtaModule) => void;
  onDelete: (module: OtaModule) => void;
}

interface OtaModuleTableProps {
  modules: OtaModule[];
  sort: ModuleSort;
  onSort: (key: ModuleSortKey) => void;
  /** Present only for a role that may change modules: the row actions column. */
  actions?: ModuleActions;
  empty?: ReactNode;
  /** How many update packages a module has (a module with some cannot be deleted). */
  packagesOf: (moduleName: string) => Count;
}

function SortableTh({
  label,
  column,
  sort,
  onSort,
}: { label: string; column: ModuleSortKey } & Pick<OtaModuleTableProps, 'sort' | 'onSort'>) {
  const active = sort.key === column;
  const Icon = !active ? IconSelector : sort.direction === 'asc' ? IconChevronUp : IconChevronDown;
  return (
    <Table.Th aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <UnstyledButton onClick={() => onSort(column)} fw={700} fz="sm" className={classes.nowrap}>
        <Group gap={4} wrap="nowrap">
          {label}
          <Icon size={14} aria-hidden />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}

function RowActions({ module, actions }: { module: OtaModule; actions: ModuleActions }) {
  const { i18n } = useLingui();
  const values = { name: module.moduleName };
  if (module.isDefault) {
    return (
      <Text size="xs" c="gray.8" maw={160}>
        {i18n._({ id: 'modules.builtIn', message: 'Built in: cannot be edited or deleted' })}
      </Text>
    );
  }
  return (
    <Group gap={4} wrap="nowrap">
      <Button
        size="compact-sm"
        variant="subtle"
        leftSection={<IconPencil size={14} aria-hidden />}
        aria-label={i18n._({ id: 'modules.editNamed', message: 'Edit {name}', values })}
        onClick={() => actions.onEdit(module)}
      >
        {i18n._({ id: 'common.edit', message: 'Edit' })}
      </Button>
      <Button
        size="compact-sm"
        variant="subtle"
        color="red"
        className={classes.danger}
        leftSection={<IconTrash size={14} aria-hidden />}
        aria-label={i18n._({ id: 'modules.deleteNamed', message: 'Delete {name}', values })}
        onClick={() => actions.onDelete(module)}
      >
        {i18n._({ id: 'common.delete', message: 'Delete' })}
      </Button>
    </Group>
  );
}

export function OtaModuleTable({
  modules,
  sort,
  onSort,
  actions,
  empty,
  packagesOf,
}: OtaModuleTableProps) {
  const sortable = { sort, onSort };
  const { i18n } = useLingui();
  return (
    <TableScroll minWidth={actions ? 960 : 820}>
      <Table
        striped
        highlightOnHover
        verticalSpacing="sm"
        aria-label={i18n._({ id: 'modules.title', message: 'OTA modules' })}
      >
        <Table.Thead>
          <Table.Tr>
            <SortableTh
              label={i18n._({ id: 'modules.name', message: 'Module name' })}
              column="moduleName"
              {...sortable}
            />
            <Table.Th>{i18n._({ id: 'modules.alias', message: 'Alias' })}</Table.Th>
            <Table.Th>{i18n._({ id: 'modules.description', message: 'Description' })}</Table.Th>
            <Table.Th>{i18n._({ id: 'modules.packages', message: 'Packages' })}</Table.Th>
            <SortableTh
              label={i18n._({ id: 'common.created', message: 'Created' })}
              column="gmtCreate"
              {...sortable}
            />
            <SortableTh
              label={i18n._({ id: 'common.modified', message: 'Modified' })}
              column="gmtModified"
              {...sortable}
            />
            {actions && <Table.Th>{i18n._({ id: 'common.actions', message: 'Actions' })}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {modules.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={actions ? 7 : 6}>{empty}</Table.Td>
            </Table.Tr>
          )}
          {modules.map((module) => (
            <Table.Tr key={module.moduleName}>
              <Table.Td className={classes.wrapText}>
                <Group gap="xs" wrap="nowrap">
                  <Text ff="monospace" size="sm" className={classes.wrapText}>
                    {module.moduleName}
                  </Text>
                  {module.isDefault && (
                    <Badge size="sm" variant="light" color="gray" className={classes.badge}>
                      {i18n._({ id: 'modules.defaultBadge', message: 'default' })}
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td className={classes.wrapText}>{module.aliasName}</Table.Td>
              <Table.Td className={classes.wrapText}>{module.desc}</Table.Td>
              <Table.Td>
                <PackageCount count={packagesOf(module.moduleName)} />
              </Table.Td>
              <Table.Td>
                <ZonedTime value={module.gmtCreate} wrap />
              </Table.Td>
              <Table.Td>
                <ZonedTime value={module.gmtModified} wrap />
              </Table.Td>
              {actions && (
                <Table.Td>
                  <RowActions module={module} actions={actions} />
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
