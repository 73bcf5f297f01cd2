import { Anchor, Breadcrumbs, Paper, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';

import { FirmwarePicker } from '../features/upgrade-tasks/components/firmware-picker';
import { TaskBrowser } from '../features/upgrade-tasks/components/task-browser';
import { useTaskPageParams } from '../features/upgrade-tasks/hooks/use-task-page-params';

export default function UpgradeTasksRoute() {
  const { productKey = '' } = useParams();
  const [params, update] = useTaskPageParams();

  return (
    <Stack>
      <Breadcrumbs>
        <Anchor component={Link} to="/products">
          Products
        </Anchor>
        <Text>{productKey}</Text>
      </Breadcrumbs>
      <Title order={2}>Upgrade tasks</Title>
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
      ) : (
        <Paper withBorder p="xl">
          <Text>Pick a firmware package to see its device upgrade tasks.</Text>
        </Paper>
      )}
    </Stack>
  );
}
