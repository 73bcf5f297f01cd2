import { useLingui } from '@lingui/react';
import { Badge, Button, Menu, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChevronDown, IconUserCircle } from '@tabler/icons-react';

import type { SessionUser } from '../../shared/contract/auth';
import { isTimeZoneChoice } from '../../shared/contract/preferences';
import { roleName } from '../features/auth/lib/role-name';
import { browserTimeZone, zoneLabel } from '../lib/time/format-time';
import { useTimeZone } from '../lib/time/use-time-zone';
import { useSavePreferences } from '../preferences/preferences-queries';

/**
 * The header's menu of the signed-in user: who they are and their settings, kept per user on the
 * server (the time zone every time on screen is shown in).
 */
export function UserMenu({ user }: { user: SessionUser }) {
  const { i18n } = useLingui();
  const { choice } = useTimeZone();
  const save = useSavePreferences();
  const browserZone = browserTimeZone();
  const browserOffset = zoneLabel(browserZone);

  return (
    // No focus placeholder: it is a child a menu may not have (axe: aria-required-children).
    <Menu position="bottom-end" withinPortal withInitialFocusPlaceholder={false}>
      <Menu.Target>
        <Button
          variant="subtle"
          size="xs"
          leftSection={<IconUserCircle size={18} aria-hidden />}
          rightSection={<IconChevronDown size={14} aria-hidden />}
          aria-label={i18n._({
            id: 'userMenu.open',
            message: 'Settings of {username} ({role})',
            values: { username: user.username, role: roleName(i18n, user.role) },
          })}
        >
          <Text size="sm" span visibleFrom="sm">
            {user.username}
          </Text>
          <Badge
            ml={6}
            variant="light"
            color={user.role === 'manager' ? 'blue' : 'gray'}
            visibleFrom="xs"
          >
            {roleName(i18n, user.role)}
          </Badge>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{i18n._({ id: 'userMenu.timeZone', message: 'Show times in' })}</Menu.Label>
        <Menu.RadioGroup
          value={choice}
          onChange={(value) => {
            if (!isTimeZoneChoice(value) || value === choice) return;
            save.mutate(
              { timeZone: value },
              {
                onError: () =>
                  notifications.show({
                    color: 'red',
                    message: i18n._({
                      id: 'userMenu.saveFailed',
                      message: 'Your setting could not be saved. Try again.',
                    }),
                  }),
              },
            );
          }}
        >
          <Menu.RadioItem value="UTC" closeMenuOnClick>
            {i18n._({ id: 'userMenu.zone.utc', message: 'UTC' })}
          </Menu.RadioItem>
          <Menu.RadioItem value="browser" closeMenuOnClick>
            {browserZone === 'UTC'
              ? i18n._({ id: 'userMenu.zone.browserUtc', message: 'This browser’s zone (UTC)' })
              : i18n._({
                  id: 'userMenu.zone.browser',
                  message: 'This browser’s zone ({zone}, {offset})',
                  values: { zone: browserZone, offset: browserOffset },
                })}
          </Menu.RadioItem>
        </Menu.RadioGroup>
      </Menu.Dropdown>
    </Menu>
  );
}
