import { Group, Select, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';

import {
  UPGRADE_TASK_STATUS_LABELS,
  UPGRADE_TASK_STATUSES,
  type UpgradeTaskStatus,
} from '../../../../shared/contract/upgrade-tasks';

const STATUS_OPTIONS = UPGRADE_TASK_STATUSES.map((status) => ({
  value: status,
  label: UPGRADE_TASK_STATUS_LABELS[status],
}));

interface TaskFiltersProps {
  status: UpgradeTaskStatus | undefined;
  deviceName: string;
  onChange: (patch: { status?: UpgradeTaskStatus; deviceName?: string }) => void;
}

/** Status and device-name filters; the name filter takes one or more exact names. */
export function TaskFilters({ status, deviceName, onChange }: TaskFiltersProps) {
  const [text, setText] = useState(deviceName);
  const apply = useDebouncedCallback(
    (value: string) => onChange({ deviceName: value.trim() }),
    400,
  );

  return (
    <Group align="flex-end">
      <Select
        label="Status"
        placeholder="Any status"
        data={STATUS_OPTIONS}
        value={status ?? null}
        onChange={(value) => onChange({ status: (value as UpgradeTaskStatus | null) ?? undefined })}
        clearable
        w={220}
      />
      <TextInput
        label="Device name"
        placeholder="Exact names, comma separated"
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
