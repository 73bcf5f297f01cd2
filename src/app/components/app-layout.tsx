import { AppShell, Badge, Burger, Button, Group, NavLink, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Notifications } from '@mantine/notifications';
import {
  IconBox,
  IconChartPie,
  IconListCheck,
  IconLogout,
  IconShieldCheck,
} from '@tabler/icons-react';
import { Suspense } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';

import { useLogout, useSession } from '../features/auth/api/session';
import { PageLoader } from './page-loader';

const NAV = [
  { to: '/products', label: 'Products', icon: IconBox, managerOnly: false },
  { to: '/reports', label: 'Upgrade report', icon: IconChartPie, managerOnly: false },
  { to: '/audit', label: 'Audit trail', icon: IconShieldCheck, managerOnly: true },
];

export function AppLayout() {
  const [opened, { toggle, close }] = useDisclosure();
  const { data: user } = useSession();
  const logout = useLogout();
  const navigate = useNavigate();
  const { pathname } = useLocation();

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
              aria-label="Toggle navigation"
            />
            <IconListCheck aria-hidden size={22} />
            <Title order={1} size="h4">
              OTA Console
            </Title>
          </Group>
          {user && (
            <Group gap="sm">
              <Text size="sm" visibleFrom="sm">
                {user.username}
              </Text>
              <Badge
                variant="light"
                color={user.role === 'manager' ? 'blue' : 'gray'}
                visibleFrom="xs"
              >
                {user.role}
              </Badge>
              <Button
                variant="subtle"
                size="xs"
                leftSection={<IconLogout size={16} aria-hidden />}
                loading={logout.isPending}
                onClick={() =>
                  logout.mutate(undefined, { onSettled: () => void navigate('/login') })
                }
              >
                Sign out
              </Button>
            </Group>
          )}
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Main">
        {NAV.filter((item) => !item.managerOnly || user?.role === 'manager').map((item) => (
          <NavLink
            key={item.to}
            component={Link}
            to={item.to}
            active={pathname.startsWith(item.to)}
            label={item.label}
            leftSection={<item.icon size={18} aria-hidden />}
            onClick={close}
          />
        ))}
      </AppShell.Navbar>
      {/* Only signed-in pages notify; here the notifications code stays off /login. */}
      <Notifications position="top-right" />
      <AppShell.Main>
        <Suspense fallback={<PageLoader />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
