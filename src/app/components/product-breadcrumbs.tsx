import { useLingui } from '@lingui/react';
import { Anchor, Breadcrumbs, Text } from '@mantine/core';
import { Link } from 'react-router';

/** "Products / <productKey>" above a product's pages. */
export function ProductBreadcrumbs({ productKey }: { productKey: string }) {
  const { i18n } = useLingui();
  return (
    <Breadcrumbs>
      <Anchor component={Link} to="/products">
        {i18n._({ id: 'nav.products', message: 'Products' })}
      </Anchor>
      <Text>{productKey}</Text>
    </Breadcrumbs>
  );
}
