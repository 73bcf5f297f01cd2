import { Anchor, Breadcrumbs, Paper, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';

import { PageLoader } from '../components/page-loader';
import { QueryError } from '../components/query-error';
import { useOtaModules } from '../features/ota-modules/api/ota-module-queries';
import { OtaModuleTable } from '../features/ota-modules/components/ota-module-table';

export default function OtaModulesRoute() {
  const { productKey = '' } = useParams();
  const modules = useOtaModules(productKey);

  return (
    <Stack>
      <Breadcrumbs>
        <Anchor component={Link} to="/products">
          Products
        </Anchor>
        <Text>{productKey}</Text>
      </Breadcrumbs>
      <Title order={2}>OTA modules</Title>
      {modules.isPending && <PageLoader />}
      {modules.isError && <QueryError error={modules.error} onRetry={() => void modules.refetch()} />}
      {modules.data && (
        <>
          <Text size="sm">
            {modules.data.customCount} of {modules.data.customLimit} custom modules
          </Text>
          <Paper withBorder>
            <OtaModuleTable modules={modules.data.items} />
          </Paper>
        </>
      )}
    </Stack>
  );
}
