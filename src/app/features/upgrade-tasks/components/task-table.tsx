import { Checkbox, Group, Progress, Table, Text } from '@mantine/core';

import type { UpgradeTask } from '../../../../shared/contract/upgrade-tasks';
import { formatLocal, formatUtc } from '../../../lib/format';
import type { Selection } from '../hooks/use-selection';
import { TaskStatusBadge } from './task-status-badge';

interface TaskTableProps {
  tasks: UpgradeTask[];
  selection: Selection;
  /** Managers select devices to cancel; viewers only read. */
  selectable: boolean;
}

export function TaskTable({ tasks, selection, selectable }: TaskTableProps) {
  const names = tasks.map((task) => task.deviceName);
  const selectedHere = names.filter((name) => selection.selected.has(name)).length;
  const allHere = names.length > 0 && selectedHere === names.length;

  return (
    <Table.ScrollContainer minWidth={860}>
      <Table striped highlightOnHover verticalSpacing="xs" aria-label="Device upgrade tasks">
        <Table.Thead>
          <Table.Tr>
            {selectable && (
              <Table.Th w={40}>
                <Checkbox
                  aria-label="Select all devices on this page"
                  checked={allHere}
                  indeterminate={selectedHere > 0 && !allHere}
                  onChange={() => selection.setMany(names, !allHere)}
                />
              </Table.Th>
            )}
            <Table.Th>Device name</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th w={180}>Progress</Table.Th>
            <Table.Th>Job</Table.Th>
            <Table.Th>Last update</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tasks.map((task) => (
            <Table.Tr key={task.taskId || `${task.jobId}/${task.deviceName}`}>
              {selectable && (
                <Table.Td>
                  <Checkbox
                    aria-label={`Select ${task.deviceName}`}
                    checked={selection.selected.has(task.deviceName)}
                    onChange={(event) =>
                      selection.toggle(task.deviceName, event.currentTarget.checked)
                    }
                  />
                </Table.Td>
              )}
              <Table.Td>
                <Text ff="monospace" size="sm">
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
                    aria-label={`Progress of ${task.deviceName}`}
                  />
                  <Text size="xs">{task.progress}%</Text>
                </Group>
              </Table.Td>
              <Table.Td>
                <Text ff="monospace" size="xs">
                  {task.jobId}
                </Text>
              </Table.Td>
              <Table.Td title={formatUtc(task.utcModified)}>
                <Text size="sm">{formatLocal(task.utcModified)}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
