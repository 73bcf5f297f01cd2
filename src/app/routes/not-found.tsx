import { useLingui } from '@lingui/react';
import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

export default function NotFoundRoute() {
  const { i18n } = useLingui();
  return (
    <Stack p="xl">
      <Title order={2}>{i18n._({ id: 'notFound.title', message: 'Page not found' })}</Title>
      <Text>
        {i18n._({
          id: 'notFound.body',
          message: 'This address does not match any page of the console.',
        })}
      </Text>
      <Anchor component={Link} to="/products">
        {i18n._({ id: 'notFound.toProducts', message: 'Go to products' })}
      </Anchor>
    </Stack>
  );
}
