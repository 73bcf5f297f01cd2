import { useLingui } from '@lingui/react';
import { Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useParams } from 'react-router';

import { PageLoader } from '../components/page-loader';
import { ProductContext } from '../components/product-context';
import { useFirmware } from '../features/upgrade-tasks/api/get-firmware';
import { FirmwarePicker } from '../features/upgrade-tasks/components/firmware-picker';
import { TaskBrowser } from '../features/upgrade-tasks/components/task-browser';
import { useTaskPageParams } from '../features/upgrade-tasks/hooks/use-task-page-params';
import { defaultFirmwareId } from '../features/upgrade-tasks/utils/default-firmware';
import { usePageShownMark } from '../lib/page-shown';

export default function UpgradeTasksRoute() {
  const { productKey = '' } = useParams();
  const [urlParams, update] = useTaskPageParams();
  const firmware = useFirmware(productKey);
  const { i18n } = useLingui();
  usePageShownMark(!firmware.isPending);

  // With no firmware in the URL, show the newest package that can have jobs at once. It goes into
  // the URL in place of the bare address, so Back does not return here only to pick it again; this
  // render already uses it, so the task browser does not remount when the URL catches up.
  const newest = firmware.data ? defaultFirmwareId(firmware.data.items) : undefined;
  const defaultFirmware = urlParams.firmwareId ? undefined : newest;
  useEffect(() => {
    if (defaultFirmware) update({ firmwareId: defaultFirmware }, { replace: true });
  }, [defaultFirmware, update]);
  const params = defaultFirmware ? { ...urlParams, firmwareId: defaultFirmware } : urlParams;

  return (
    <Stack>
      <ProductContext productKey={productKey} current="tasks" />
      <Title order={2}>{i18n._({ id: 'tasks.title', message: 'Upgrade tasks' })}</Title>
      <FirmwarePicker
        productKey={productKey}
        firmwareId={params.firmwareId}
        jobId={params.jobId}
        onChange={update}
      />
      {params.firmwareId ? (
        // A new firmware or job starts with an empty selection.
        <TaskBrowser
          key={`${params.firmwareId}/${params.jobId}`}
          productKey={productKey}
          params={params}
          onChange={update}
        />
      ) : firmware.isPending ? (
        <PageLoader />
      ) : firmware.isError ? null : (
        <Paper withBorder p="xl">
          <Text>
            {firmware.data?.items.length === 0
              ? i18n._({
                  id: 'tasks.noFirmware',
                  message:
                    'This product has no firmware packages yet, so it has no device upgrade tasks.',
                })
              : i18n._({
                  id: 'tasks.pickFirmware',
                  message: 'Pick a firmware package to see its device upgrade tasks.',
                })}
          </Text>
        </Paper>
      )}
    </Stack>
  );
}
