import { lazy, Suspense, useState } from 'react';

import type { SessionUser } from '../../shared/contract/auth';
import { UserMenuButton } from './user-menu-button';

const loadDropdown = () => import('./user-menu-dropdown');
const UserMenuDropdown = lazy(loadDropdown);

/**
 * The header's menu of the signed-in user. Its dropdown (Mantine's Menu with floating-ui, about
 * 18 kB) is fetched when the pointer or the focus reaches the button, not with the page, and takes
 * the button's place on the first click (or Enter): swapping the button before that could split a
 * click between two elements.
 */
export function UserMenu({ user }: { user: SessionUser }) {
  const [opened, setOpened] = useState(false);
  if (!opened)
    return (
      <UserMenuButton
        user={user}
        aria-haspopup="menu"
        aria-expanded={false}
        onPointerEnter={() => void loadDropdown()}
        onFocus={() => void loadDropdown()}
        onClick={() => setOpened(true)}
      />
    );
  return (
    <Suspense fallback={<UserMenuButton user={user} aria-haspopup="menu" aria-expanded />}>
      <UserMenuDropdown user={user} />
    </Suspense>
  );
}
