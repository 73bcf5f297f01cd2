import { useLingui } from '@lingui/react';
import { Stack, Title } from '@mantine/core';
import { useParams } from 'react-router';

import { PageLoader } from '../components/page-loader';
import { ProductContext } from '../components/product-context';
import { QueryError } from '../components/query-error';
import { useCanWrite } from '../features/auth/api/session';
import { useOtaModules } from '../features/ota-modules/api/ota-module-queries';
import { OtaModulesPanel } from '../features/ota-modules/components/ota-modules-panel';
import { usePageShownMark } from '../lib/page-shown';

export default function OtaModulesRoute() {
  const { productKey = '' } = useParams();
  const modules = useOtaModules(productKey);
  const canWrite = useCanWrite();
  const { i18n } = useLingui();
  usePageShownMark(!modules.isPending);

  return (
    <Stack>
      <ProductContext productKey={productKey} current="modules" />
      <Title order={2}>{i18n._({ id: 'modules.title', message: 'OTA modules' })}</Title>
      {modules.isPending && <PageLoader />}
      {modules.isError && (
        <QueryError error={modules.error} onRetry={() => void modules.refetch()} />
      )}
      {modules.data && (
        <OtaModulesPanel productKey={productKey} list={modules.data} canWrite={canWrite} />
      )}
    </Stack>
  );
}
