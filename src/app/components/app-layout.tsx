import type { MessageDescriptor } from '@lingui/core';
import { useLingui } from '@lingui/react';
import { Button, Group, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  IconBox,
  IconChartPie,
  IconDevices,
  IconListCheck,
  IconLogout,
  IconShieldCheck,
} from '@tabler/icons-react';
import { Suspense, useId } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';

import { useLogout, useSession } from '../features/auth/api/session';
import { useUserLocale } from '../i18n/console/user-locale';
import { LanguageSwitch } from '../i18n/language-switch';
import classes from './app-layout.module.css';
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
  const navId = useId();

  return (
    // The frame of Mantine's AppShell, Burger and NavLink on plain elements (app-layout.module.css):
    // those components were 8 kB gzip of script on every signed-in page.
    <div className={classes.shell}>
      <header className={classes.header}>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="sm" wrap="nowrap" miw={0}>
            <button
              type="button"
              className={`${classes.burger} mantine-focus-auto mantine-hidden-from-sm`}
              onClick={toggle}
              aria-expanded={opened}
              aria-controls={navId}
              aria-label={i18n._({ id: 'nav.toggle', message: 'Toggle navigation' })}
            >
              <span className={classes.burgerLines} />
            </button>
            {/* On a phone the header keeps to one bar: the logo without the name, "Sign out" as its icon. */}
            <IconListCheck aria-hidden size={22} />
            <Title order={1} size="h4" className={classes.title}>
              {i18n._({ id: 'app.name', message: 'OTA Console' })}
            </Title>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <LanguageSwitch onChoose={storeLocale} />
            {user && (
              <Group gap="xs" wrap="nowrap">
                <UserMenu user={user} />
                <Button
                  variant="subtle"
                  size="xs"
                  leftSection={<IconLogout size={16} aria-hidden />}
                  loading={logout.isPending}
                  aria-label={i18n._({ id: 'auth.signOut', message: 'Sign out' })}
                  onClick={() =>
                    logout.mutate(undefined, { onSettled: () => void navigate('/login') })
                  }
                >
                  <span className="mantine-visible-from-xs" aria-hidden>
                    {i18n._({ id: 'auth.signOut', message: 'Sign out' })}
                  </span>
                </Button>
              </Group>
            )}
          </Group>
        </Group>
      </header>
      <nav
        id={navId}
        className={classes.navbar}
        data-opened={opened || undefined}
        aria-label={i18n._({ id: 'nav.main', message: 'Main' })}
      >
        {NAV.filter((item) => !item.managerOnly || user?.role === 'manager').map((item) => (
          <Link
            key={item.to}
            to={item.to}
            className={`${classes.link} mantine-focus-auto`}
            aria-current={pathname.startsWith(item.to) ? 'page' : undefined}
            onClick={close}
          >
            <span className={classes.linkIcon}>
              <item.icon size={18} aria-hidden />
            </span>
            <span className={classes.linkBody}>
              <span className={classes.linkLabel}>{i18n._(item.label)}</span>
            </span>
          </Link>
        ))}
      </nav>
      {/* Only signed-in pages notify, so the notifications code stays off /login. Bottom right: at
          the top a notice covers the language switch and the user menu. */}
      <LazyNotifications position="bottom-right" />
      <main className={classes.main}>
        <Suspense fallback={<PageLoader />}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}
