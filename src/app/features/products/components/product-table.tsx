import { useLingui } from '@lingui/react';
import { Anchor, Group, Skeleton, Text, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';

import type { Product } from '../../../../shared/contract/products';
import { Table } from '../../../components/table';
import { TableScroll } from '../../../components/table-scroll';
import { useAfterPaint } from '../../../hooks/use-after-paint';
import { ZonedTime } from '../../../lib/time/zoned-time';
import { otaModulesQueryOptions } from '../../ota-modules/api/ota-module-queries';

function ModuleCount({ productKey }: { productKey: string }) {
  // Asked for once the rows are on screen: asked with them, these answers would count in the
  // time the first rows take (each one a round trip after the list's).
  const painted = useAfterPaint();
  const { data, isPending, isError } = useQuery({
    ...otaModulesQueryOptions(productKey),
    enabled: painted,
  });
  const { i18n } = useLingui();
  if (isPending) return <Skeleton h={14} w={60} />;
  if (isError || !data) return <Text size="sm">—</Text>;
  return (
    <Text size="sm">
      {i18n._({
        id: 'products.customModules',
        message: '{count} of {limit} custom',
        values: { count: data.customCount, limit: data.customLimit },
      })}
    </Text>
  );
}

export function ProductTable({ products }: { products: Product[] }) {
  const { i18n } = useLingui();
  return (
    <TableScroll minWidth={720}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{i18n._({ id: 'products.col.product', message: 'Product' })}</Table.Th>
            <Table.Th>{i18n._({ id: 'products.col.productKey', message: 'ProductKey' })}</Table.Th>
            <Table.Th>{i18n._({ id: 'products.col.modules', message: 'OTA modules' })}</Table.Th>
            <Table.Th>{i18n._({ id: 'common.created', message: 'Created' })}</Table.Th>
            <Table.Th>{i18n._({ id: 'products.col.open', message: 'Open' })}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {products.map((product) => (
            <Table.Tr key={product.productKey}>
              <Table.Td>
                <Text fw={600} size="sm">
                  {product.productName}
                </Text>
                {product.description && (
                  <Text size="xs" c="gray.7">
                    {product.description}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text ff="monospace" size="sm">
                  {product.productKey}
                </Text>
              </Table.Td>
              <Table.Td>
                <ModuleCount productKey={product.productKey} />
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  <ZonedTime value={product.gmtCreate} wrap />
                </Text>
              </Table.Td>
              <Table.Td>
                <Group gap="md">
                  <Anchor
                    component={Link}
                    to={`/products/${encodeURIComponent(product.productKey)}/modules`}
                    size="sm"
                  >
                    {i18n._({ id: 'products.modules', message: 'Modules' })}
                    <VisuallyHidden>
                      {i18n._({
                        id: 'products.ofProduct',
                        message: ' of {name}',
                        values: { name: product.productName },
                      })}
                    </VisuallyHidden>
                  </Anchor>
                  <Anchor
                    component={Link}
                    to={`/products/${encodeURIComponent(product.productKey)}/tasks`}
                    size="sm"
                  >
                    {i18n._({ id: 'products.tasks', message: 'Upgrade tasks' })}
                    <VisuallyHidden>
                      {i18n._({
                        id: 'products.ofProduct',
                        message: ' of {name}',
                        values: { name: product.productName },
                      })}
                    </VisuallyHidden>
                  </Anchor>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
