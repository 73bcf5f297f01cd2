import { useLingui } from '@lingui/react';
import { Anchor, Code, Group, Text } from '@mantine/core';
import { Link } from 'react-router';

import { useProduct } from '../features/products/api/product-queries';
import { PlainBreadcrumbs } from './plain-breadcrumbs';

export type ProductPage = 'modules' | 'tasks' | 'report';

/** Where each of a product's pages is; the ProductKey travels in the link, so it survives a reload. */
export function productPageUrl(page: ProductPage, productKey: string): string {
  const key = encodeURIComponent(productKey);
  if (page === 'report') return `/reports?productKey=${key}`;
  return `/products/${key}/${page}`;
}

/** The product's name beside its key: the name once known, the key always. */
export function ProductName({ productKey }: { productKey: string }) {
  const product = useProduct(productKey);
  const name = product.data?.productName;
  return (
    <span>
      {name && name !== productKey && <>{name} </>}
      <Code>{productKey}</Code>
    </span>
  );
}

/**
 * Above a product's pages: "Products / Asset Tracker T1 a1AssetTrk1" (the report page, outside
 * the products area, shows the name alone), and links to the product's other pages.
 */
export function ProductContext({
  productKey,
  current,
}: {
  productKey: string;
  current: ProductPage;
}) {
  const { i18n } = useLingui();
  const pages: Array<{ page: ProductPage; label: string }> = [
    { page: 'modules', label: i18n._({ id: 'modules.title', message: 'OTA modules' }) },
    { page: 'tasks', label: i18n._({ id: 'tasks.title', message: 'Upgrade tasks' }) },
    { page: 'report', label: i18n._({ id: 'nav.reports', message: 'Upgrade report' }) },
  ];
  return (
    <Group justify="space-between" gap="xs">
      {current === 'report' ? (
        <Text size="sm">
          <ProductName productKey={productKey} />
        </Text>
      ) : (
        <PlainBreadcrumbs>
          <Anchor component={Link} to="/products">
            {i18n._({ id: 'nav.products', message: 'Products' })}
          </Anchor>
          <Text>
            <ProductName productKey={productKey} />
          </Text>
        </PlainBreadcrumbs>
      )}
      <Group
        component="nav"
        gap="md"
        aria-label={i18n._({ id: 'product.pages', message: 'This product’s pages' })}
      >
        {pages.map(({ page, label }) =>
          page === current ? (
            <Text key={page} size="sm" fw={700} aria-current="page">
              {label}
            </Text>
          ) : (
            <Anchor key={page} component={Link} to={productPageUrl(page, productKey)} size="sm">
              {label}
            </Anchor>
          ),
        )}
      </Group>
    </Group>
  );
}
