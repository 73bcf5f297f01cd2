import { Anchor, Breadcrumbs, Text } from '@mantine/core';
import { Link } from 'react-router';

/** "Products / <productKey>" above a product's pages. */
export function ProductBreadcrumbs({ productKey }: { productKey: string }) {
  return (
    <Breadcrumbs>
      <Anchor component={Link} to="/products">
        Products
      </Anchor>
      <Text>{productKey}</Text>
    </Breadcrumbs>
  );
}
