import { useLingui } from '@lingui/react';
import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBan } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';

import type { UpgradeTaskFilter } from '../../../../shared/contract/upgrade-tasks';
import { ApiRequestError } from '../../../lib/api-client';
import { matchingDeviceNamesQueryOptions } from '../api/get-upgrade-tasks';
import type { Selection } from '../hooks/use-selection';

interface SelectionBarProps {
  productKey: string;
  firmwareId: string;
  filter: UpgradeTaskFilter;
  total: number;
  selection: Selection;
  canWrite: boolean;
  onCancelUpgrade: () => void;
}

const count = (n: number) => n.toLocaleString();

/** What is selected, "select all matching the filter", and the way into the cancel dialog. */
export function SelectionBar({
  productKey,
  firmwareId,
  filter,
  total,
  selection,
  canWrite,
  onCancelUpgrade,
}: SelectionBarProps) {
  const queryClient = useQueryClient();
  const { i18n } = useLingui();
  const [loading, setLoading] = useState(false);
  const size = selection.selected.size;

  const selectAllMatching = async () => {
    setLoading(true);
    try {
      const result = await queryClient.fetchQuery(
        matchingDeviceNamesQueryOptions(productKey, firmwareId, filter),
      );
      selection.replace(result.deviceNames);
      if (result.truncated) {
        notifications.show({
          color: 'yellow',
          title: 'Selection capped',
          message: `Selected the first ${count(result.deviceNames.length)} of ${count(result.total)} matching devices. Narrow the filter for the rest.`,
        });
      }
    } catch (error) {
      const detail =
        error instanceof ApiRequestError && error.requestId
          ? ` (RequestId ${error.requestId})`
          : '';
      notifications.show({
        color: 'red',
        title: 'Could not select the devices',
        message: `${(error as Error).message}${detail}`,
      });
    } finally {
      setLoading(false);
    }
  };

  return (
    <Group justify="space-between" wrap="wrap">
      <Group gap="sm">
        <Text size="sm" fw={500} aria-live="polite">
          {size === 0
            ? `${count(total)} tasks`
            : `${count(size)} selected of ${count(total)} tasks`}
        </Text>
        {canWrite && total > 0 && (
          <Button
            variant="light"
            size="xs"
            loading={loading}
            onClick={() => void selectAllMatching()}
          >
            Select all {count(total)} matching the filter
          </Button>
        )}
        {size > 0 && (
          <Button variant="subtle" size="xs" onClick={selection.clear}>
            Clear selection
          </Button>
        )}
      </Group>
      {canWrite && (
        <Button
          color="red"
          leftSection={<IconBan size={16} aria-hidden />}
          onClick={onCancelUpgrade}
        >
          {i18n._({ id: 'cancel.title', message: 'Cancel upgrade' })}
        </Button>
      )}
    </Group>
  );
}
