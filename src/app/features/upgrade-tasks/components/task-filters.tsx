import { useLingui } from '@lingui/react';
import { Group, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';

import type { UpgradeTaskStatus } from '../../../../shared/contract/upgrade-tasks';
import { LazySelect } from '../../../components/lazy-select';
import { taskStatusLabel, UPGRADE_TASK_STATUSES } from '../lib/task-status-label';

interface TaskFiltersProps {
  status: UpgradeTaskStatus | undefined;
  deviceName: string;
  onChange: (patch: { status?: UpgradeTaskStatus; deviceName?: string }) => void;
}

/** Status and device-name filters; the name filter takes one or more exact names. */
export function TaskFilters({ status, deviceName, onChange }: TaskFiltersProps) {
  const { i18n } = useLingui();
  const [text, setText] = useState(deviceName);
  const statusOptions = UPGRADE_TASK_STATUSES.map((value) => ({
    value,
    label: taskStatusLabel(i18n, value),
  }));
  const apply = useDebouncedCallback(
    (value: string) => onChange({ deviceName: value.trim() }),
    400,
  );

  return (
    <Group align="flex-end">
      <LazySelect
        label={i18n._({ id: 'tasks.filter.status', message: 'Status' })}
        placeholder={i18n._({ id: 'tasks.filter.anyStatus', message: 'Any status' })}
        data={statusOptions}
        value={status ?? null}
        onChange={(value) => onChange({ status: (value as UpgradeTaskStatus | null) ?? undefined })}
        clearable
        w={220}
      />
      <TextInput
        label={i18n._({ id: 'tasks.filter.deviceName', message: 'Device name' })}
        placeholder={i18n._({
          id: 'tasks.filter.deviceNameHint',
          message: 'Exact names, comma separated',
        })}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={text}
        onChange={(event) => {
          setText(event.currentTarget.value);
          apply(event.currentTarget.value);
        }}
        w={320}
      />
    </Group>
  );
}
