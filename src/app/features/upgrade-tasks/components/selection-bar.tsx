import { useLingui } from '@lingui/react';
import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBan } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';

import type { UpgradeTaskFilter } from '../../../../shared/contract/upgrade-tasks';
import { errorMessage } from '../../../i18n/error-messages';
import { ApiRequestError } from '../../../lib/api-client';
import { matchingDeviceNamesQueryOptions } from '../api/get-upgrade-tasks';
import type { Selection } from '../hooks/use-selection';

interface SelectionBarProps {
  productKey: string;
  firmwareId: string;
  filter: UpgradeTaskFilter;
  /** Undefined until the task list's first answer arrives. */
  total: number | undefined;
  selection: Selection;
  canWrite: boolean;
  onCancelUpgrade: () => void;
}

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
          title: i18n._({ id: 'tasks.capped', message: 'Selection capped' }),
          message: i18n._({
            id: 'tasks.cappedDetail',
            message:
              'Selected the first {selected, number} of {total, plural, one {# matching device} other {# matching devices}}. Narrow the filter for the rest.',
            values: { selected: result.deviceNames.length, total: result.total },
          }),
        });
      }
    } catch (error) {
      const requestId = error instanceof ApiRequestError ? error.requestId : undefined;
      notifications.show({
        color: 'red',
        title: i18n._({ id: 'tasks.selectFailed', message: 'Could not select the devices' }),
        message: requestId
          ? i18n._({
              id: 'error.withRequestId',
              message: '{message} (RequestId {requestId})',
              values: { message: errorMessage(i18n, error), requestId },
            })
          : errorMessage(i18n, error),
      });
    } finally {
      setLoading(false);
    }
  };

  return (
    <Group justify="space-between" wrap="wrap">
      <Group gap="sm">
        <Text size="sm" fw={500} aria-live="polite">
          {total === undefined
            ? i18n._({ id: 'common.loading', message: 'Loading' })
            : size === 0
              ? i18n._({
                  id: 'tasks.count',
                  message: '{total, plural, one {# task} other {# tasks}}',
                  values: { total },
                })
              : i18n._({
                  id: 'tasks.selectedOf',
                  message:
                    '{size, number} selected of {total, plural, one {# task} other {# tasks}}',
                  values: { size, total },
                })}
        </Text>
        {/* Its place is kept while the count loads: on a phone "Cancel upgrade" wraps under it from
            the first frame instead of jumping down when the count arrives. */}
        {canWrite && total === undefined && (
          <Button
            variant="light"
            size="xs"
            disabled
            aria-hidden
            tabIndex={-1}
            style={{ visibility: 'hidden' }}
          >
            {i18n._({
              id: 'tasks.selectAllMatching',
              message: 'Select all {total, number} matching the filter',
              values: { total: 100 },
            })}
          </Button>
        )}
        {canWrite && total !== undefined && total > 0 && (
          <Button
            variant="light"
            size="xs"
            loading={loading}
            onClick={() => void selectAllMatching()}
          >
            {i18n._({
              id: 'tasks.selectAllMatching',
              message: 'Select all {total, number} matching the filter',
              values: { total },
            })}
          </Button>
        )}
        {size > 0 && (
          <Button variant="subtle" size="xs" onClick={selection.clear}>
            {i18n._({ id: 'tasks.clearSelection', message: 'Clear selection' })}
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
