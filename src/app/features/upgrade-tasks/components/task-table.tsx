import { useLingui } from '@lingui/react';
import { Group, Progress, Text } from '@mantine/core';

import type { UpgradeTask } from '../../../../shared/contract/upgrade-tasks';
import { PlainCheckbox } from '../../../components/plain-checkbox';
import { Table } from '../../../components/table';
import { TableScroll } from '../../../components/table-scroll';
import { ZonedTime } from '../../../lib/time/zoned-time';
import type { Selection } from '../hooks/use-selection';
import { TaskStatusBadge } from './task-status-badge';

interface TaskTableProps {
  tasks: UpgradeTask[];
  selection: Selection;
  /** Managers select devices to cancel; viewers only read. */
  selectable: boolean;
}

export function TaskTable({ tasks, selection, selectable }: TaskTableProps) {
  const { i18n } = useLingui();
  const names = tasks.map((task) => task.deviceName);
  const selectedHere = names.filter((name) => selection.selected.has(name)).length;
  const allHere = names.length > 0 && selectedHere === names.length;

  return (
    <TableScroll minWidth={860}>
      <Table
        striped
        highlightOnHover
        verticalSpacing="xs"
        aria-label={i18n._({ id: 'tasks.table', message: 'Device upgrade tasks' })}
      >
        <Table.Thead>
          <Table.Tr>
            {selectable && (
              <Table.Th w={40}>
                <PlainCheckbox
                  aria-label={i18n._({
                    id: 'tasks.selectPage',
                    message: 'Select all devices on this page',
                  })}
                  checked={allHere}
                  indeterminate={selectedHere > 0 && !allHere}
                  onChange={() => selection.setMany(names, !allHere)}
                />
              </Table.Th>
            )}
            <Table.Th>{i18n._({ id: 'tasks.col.deviceName', message: 'Device name' })}</Table.Th>
            <Table.Th>{i18n._({ id: 'tasks.col.status', message: 'Status' })}</Table.Th>
            <Table.Th w={180}>{i18n._({ id: 'tasks.col.progress', message: 'Progress' })}</Table.Th>
            <Table.Th>{i18n._({ id: 'tasks.col.job', message: 'Job' })}</Table.Th>
            <Table.Th>{i18n._({ id: 'tasks.col.updated', message: 'Last update' })}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tasks.map((task) => (
            <Table.Tr key={task.taskId || `${task.jobId}/${task.deviceName}`}>
              {selectable && (
                <Table.Td>
                  <PlainCheckbox
                    aria-label={i18n._({
                      id: 'tasks.selectDevice',
                      message: 'Select {name}',
                      values: { name: task.deviceName },
                    })}
                    checked={selection.selected.has(task.deviceName)}
                    onChange={(event) =>
                      selection.toggle(task.deviceName, event.currentTarget.checked)
                    }
                  />
                </Table.Td>
              )}
              <Table.Td>
                <Text ff="monospace" size="sm" style={{ whiteSpace: 'nowrap' }}>
                  {task.deviceName}
                </Text>
              </Table.Td>
              <Table.Td title={task.desc}>
                <TaskStatusBadge status={task.status} />
              </Table.Td>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <Progress
                    value={task.progress}
                    w={110}
                    aria-label={i18n._({
                      id: 'tasks.progressOf',
                      message: 'Progress of {name}',
                      values: { name: task.deviceName },
                    })}
                  />
                  <Text size="xs">{i18n.number(task.progress / 100, { style: 'percent' })}</Text>
                </Group>
              </Table.Td>
              <Table.Td>
                <Text ff="monospace" size="xs">
                  {task.jobId}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  <ZonedTime value={task.utcModified} wrap />
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
