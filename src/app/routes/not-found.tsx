import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

export default function NotFoundRoute() {
  return (
    <Stack p="xl">
      <Title order={2}>Page not found</Title>
      <Text>This address does not match any page of the console.</Text>
      <Anchor component={Link} to="/products">
        Go to products
      </Anchor>
    </Stack>
  );
}
