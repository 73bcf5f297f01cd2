import { Badge, Button, Group, Table, Text, UnstyledButton } from '@mantine/core';
import {
  IconChevronDown,
  IconChevronUp,
  IconPencil,
  IconSelector,
  IconTrash,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';

import type { OtaModule } from '../../../../shared/contract/ota-modules';
import { formatLocal, formatUtc } from '../../../lib/format';
import type { ModuleSort, ModuleSortKey } from '../utils/module-view';
import classes from './ota-modules.module.css';

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
  if (module.isDefault) {
    return (
      <Text size="xs" c="gray.8" maw={160}>
        Built in: cannot be edited or deleted
      </Text>
    );
  }
  return (
    <Group gap={4} wrap="nowrap">
      <Button
        size="compact-sm"
        variant="subtle"
        leftSection={<IconPencil size={14} aria-hidden />}
        aria-label={`Edit ${module.moduleName}`}
        onClick={() => actions.onEdit(module)}
      >
        Edit
      </Button>
      <Button
        size="compact-sm"
        variant="subtle"
        color="red"
        className={classes.danger}
        leftSection={<IconTrash size={14} aria-hidden />}
        aria-label={`Delete ${module.moduleName}`}
        onClick={() => actions.onDelete(module)}
      >
        Delete
      </Button>
    </Group>
  );
}

export function OtaModuleTable({ modules, sort, onSort, actions, empty }: OtaModuleTableProps) {
  const sortable = { sort, onSort };
  return (
    <Table.ScrollContainer minWidth={actions ? 860 : 720}>
      <Table striped highlightOnHover verticalSpacing="sm" aria-label="OTA modules">
        <Table.Thead>
          <Table.Tr>
            <SortableTh label="Module name" column="moduleName" {...sortable} />
            <Table.Th>Alias</Table.Th>
            <Table.Th>Description</Table.Th>
            <SortableTh label="Created" column="gmtCreate" {...sortable} />
            <SortableTh label="Modified" column="gmtModified" {...sortable} />
            {actions && <Table.Th>Actions</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {modules.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={actions ? 6 : 5}>{empty}</Table.Td>
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
                      default
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td className={classes.wrapText}>{module.aliasName}</Table.Td>
              <Table.Td className={classes.wrapText}>{module.desc}</Table.Td>
              <Table.Td title={formatUtc(module.gmtCreate)} className={classes.nowrap}>
                {formatLocal(module.gmtCreate)}
              </Table.Td>
              <Table.Td title={formatUtc(module.gmtModified)} className={classes.nowrap}>
                {formatLocal(module.gmtModified)}
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
    </Table.ScrollContainer>
  );
}
