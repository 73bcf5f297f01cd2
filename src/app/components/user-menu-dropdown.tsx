import { useLingui } from '@lingui/react';
import { Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';

import type { SessionUser } from '../../shared/contract/auth';
import { browserTimeZone, zoneLabel } from '../lib/time/format-time';
import { useTimeZone } from '../lib/time/use-time-zone';
import { useSavePreferences } from '../preferences/preferences-queries';
import { isTimeZoneChoice } from '../preferences/read-preferences';
import { UserMenuButton } from './user-menu-button';

/**
 * The user's settings, kept per user on the server (the time zone every time on screen is shown
 * in). Loaded by `UserMenu` on its first opening.
 */
export default function UserMenuDropdown({ user }: { user: SessionUser }) {
  const { i18n } = useLingui();
  const { choice } = useTimeZone();
  const save = useSavePreferences();
  const browserZone = browserTimeZone();
  const browserOffset = zoneLabel(browserZone);

  return (
    // No focus placeholder: it is a child a menu may not have (axe: aria-required-children).
    <Menu
      position="bottom-end"
      withinPortal
      withInitialFocusPlaceholder={false}
      // It mounts on the button's first click, so it opens at once.
      defaultOpened
    >
      <Menu.Target>
        <UserMenuButton user={user} />
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
