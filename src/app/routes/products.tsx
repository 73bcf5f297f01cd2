import { useLingui } from '@lingui/react';
import { Group, Paper, Stack, Text, Title } from '@mantine/core';

import { PageLoader } from '../components/page-loader';
import { Pager } from '../components/pager';
import { QueryError } from '../components/query-error';
import { useProducts } from '../features/products/api/product-queries';
import {
  PRODUCTS_PAGE_SIZE as PAGE_SIZE,
  productSearchShape,
} from '../features/products/api/product-search';
import { ProductTable } from '../features/products/components/product-table';
import { useSearchState } from '../hooks/use-search-state';
import { usePageShownMark } from '../lib/page-shown';

export default function ProductsRoute() {
  const [{ page }, update] = useSearchState(productSearchShape);
  const products = useProducts({ page, pageSize: PAGE_SIZE });
  const { i18n } = useLingui();
  usePageShownMark(!products.isPending);

  return (
    <Stack>
      <Title order={2}>{i18n._({ id: 'products.title', message: 'Products' })}</Title>
      {products.isPending && <PageLoader />}
      {products.isError && (
        <QueryError error={products.error} onRetry={() => void products.refetch()} />
      )}
      {products.data && products.data.items.length === 0 && (
        <Paper withBorder p="xl">
          <Text>
            {i18n._({
              id: 'products.empty',
              message:
                'No products yet. Products are created in the IoT platform; they appear here once they exist.',
            })}
          </Text>
        </Paper>
      )}
      {products.data && products.data.items.length > 0 && (
        <Paper withBorder>
          <ProductTable products={products.data.items} />
        </Paper>
      )}
      {products.data && products.data.total > PAGE_SIZE && (
        <Group justify="flex-end">
          <Pager
            total={Math.ceil(products.data.total / PAGE_SIZE)}
            value={page}
            onChange={(next) => update({ page: next })}
          />
        </Group>
      )}
    </Stack>
  );
}
