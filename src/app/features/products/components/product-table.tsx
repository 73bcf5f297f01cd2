import { Anchor, Group, Skeleton, Table, Text, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';

import type { Product } from '../../../../shared/contract/products';
import { formatLocal, formatUtc } from '../../../lib/format';
import { otaModulesQueryOptions } from '../../ota-modules/api/ota-module-queries';

function ModuleCount({ productKey }: { productKey: string }) {
  const { data, isPending, isError } = useQuery(otaModulesQueryOptions(productKey));
  if (isPending) return <Skeleton h={14} w={60} />;
  if (isError || !data) return <Text size="sm">—</Text>;
  return (
    <Text size="sm">
      {data.customCount} of {data.customLimit} custom
    </Text>
  );
}

export function ProductTable({ products }: { products: Product[] }) {
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Product</Table.Th>
            <Table.Th>ProductKey</Table.Th>
            <Table.Th>OTA modules</Table.Th>
            <Table.Th>Created</Table.Th>
            <Table.Th>Open</Table.Th>
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
                <Text size="sm" title={formatUtc(product.gmtCreate)}>
                  {formatLocal(product.gmtCreate)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Group gap="md">
                  <Anchor
                    component={Link}
                    to={`/products/${encodeURIComponent(product.productKey)}/modules`}
                    size="sm"
                  >
                    Modules<VisuallyHidden> of {product.productName}</VisuallyHidden>
                  </Anchor>
                  <Anchor
                    component={Link}
                    to={`/products/${encodeURIComponent(product.productKey)}/tasks`}
                    size="sm"
                  >
                    Upgrade tasks<VisuallyHidden> of {product.productName}</VisuallyHidden>
                  </Anchor>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
