import { useLingui } from '@lingui/react';
import { Badge, Button, type ButtonProps, Text } from '@mantine/core';
import { IconChevronDown, IconUserCircle } from '@tabler/icons-react';
import type { ComponentPropsWithRef } from 'react';

import type { SessionUser } from '../../shared/contract/auth';
import { roleName } from '../features/auth/lib/role-name';

type UserMenuButtonProps = ButtonProps &
  Omit<ComponentPropsWithRef<'button'>, 'color' | 'style'> & { user: SessionUser };

/** The header's button naming the signed-in user; it opens their settings menu. */
export function UserMenuButton({ user, ...props }: UserMenuButtonProps) {
  const { i18n } = useLingui();
  return (
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
      {...props}
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
  );
}
