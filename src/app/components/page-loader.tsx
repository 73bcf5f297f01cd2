import { useLingui } from '@lingui/react';
import { Center, Loader } from '@mantine/core';

export function PageLoader({ fullHeight = false }: { fullHeight?: boolean }) {
  const { i18n } = useLingui();
  return (
    <Center py="xl" h={fullHeight ? '100vh' : undefined}>
      <Loader aria-label={i18n._({ id: 'common.loading', message: 'Loading' })} />
    </Center>
  );
}
