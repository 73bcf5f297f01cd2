import type { MessageDescriptor } from '@lingui/core';
import { useLingui } from '@lingui/react';
import { AppShell, Burger, Button, Group, NavLink, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  IconBox,
  IconChartPie,
  IconDevices,
  IconListCheck,
  IconLogout,
  IconShieldCheck,
} from '@tabler/icons-react';
import { Suspense } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';

import { useLogout, useSession } from '../features/auth/api/session';
import { useUserLocale } from '../i18n/console/user-locale';
import { LanguageSwitch } from '../i18n/language-switch';
import { LazyNotifications } from './lazy-notifications';
import { PageLoader } from './page-loader';
import { UserMenu } from './user-menu';

const NAV: { to: string; label: MessageDescriptor; icon: typeof IconBox; managerOnly: boolean }[] =
  [
    {
      to: '/products',
      label: /*i18n*/ { id: 'nav.products', message: 'Products' },
      icon: IconBox,
      managerOnly: false,
    },
    {
      to: '/reports',
      label: /*i18n*/ { id: 'nav.reports', message: 'Upgrade report' },
      icon: IconChartPie,
      managerOnly: false,
    },
    {
      to: '/directory',
      label: /*i18n*/ { id: 'nav.directory', message: 'Devices directory' },
      icon: IconDevices,
      managerOnly: false,
    },
    {
      to: '/audit',
      label: /*i18n*/ { id: 'nav.audit', message: 'Audit trail' },
      icon: IconShieldCheck,
      managerOnly: true,
    },
  ];

export function AppLayout() {
  const [opened, { toggle, close }] = useDisclosure();
  const { data: user } = useSession();
  const logout = useLogout();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const { i18n } = useLingui();
  const storeLocale = useUserLocale();

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="lg"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group gap="sm">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={i18n._({ id: 'nav.toggle', message: 'Toggle navigation' })}
            />
            <IconListCheck aria-hidden size={22} />
            <Title order={1} size="h4">
              {i18n._({ id: 'app.name', message: 'OTA Console' })}
            </Title>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <LanguageSwitch onChoose={storeLocale} />
            {user && (
              <Group gap="sm" wrap="nowrap">
                <UserMenu user={user} />
                <Button
                  variant="subtle"
                  size="xs"
                  leftSection={<IconLogout size={16} aria-hidden />}
                  loading={logout.isPending}
                  onClick={() =>
                    logout.mutate(undefined, { onSettled: () => void navigate('/login') })
                  }
                >
                  {i18n._({ id: 'auth.signOut', message: 'Sign out' })}
                </Button>
              </Group>
            )}
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={i18n._({ id: 'nav.main', message: 'Main' })}>
        {NAV.filter((item) => !item.managerOnly || user?.role === 'manager').map((item) => (
          <NavLink
            key={item.to}
            component={Link}
            to={item.to}
            active={pathname.startsWith(item.to)}
            label={i18n._(item.label)}
            leftSection={<item.icon size={18} aria-hidden />}
            onClick={close}
          />
        ))}
      </AppShell.Navbar>
      {/* Only signed-in pages notify, so the notifications code stays off /login. Bottom right: at
          the top a notice covers the language switch and the user menu. */}
      <LazyNotifications position="bottom-right" />
      <AppShell.Main>
        <Suspense fallback={<PageLoader />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
