import { lazy, Suspense, useState } from 'react';

import type { SessionUser } from '../../shared/contract/auth';
import { UserMenuButton } from './user-menu-button';

const UserMenuDropdown = lazy(() => import('./user-menu-dropdown'));

/**
 * The header's menu of the signed-in user. Its dropdown (Mantine's Menu with floating-ui, about
 * 18 kB) loads when the pointer or the focus reaches the button, not with the page; a click made
 * before it arrived opens it once it has, and the focus stays on the button across the swap.
 */
export function UserMenu({ user }: { user: SessionUser }) {
  const [wanted, setWanted] = useState<'no' | 'load' | 'open'>('no');
  const [focused, setFocused] = useState(false);
  const load = () => setWanted((w) => (w === 'no' ? 'load' : w));

  const placeholder = (
    <UserMenuButton
      user={user}
      aria-haspopup="menu"
      aria-expanded={false}
      onPointerEnter={load}
      onFocus={() => {
        setFocused(true);
        load();
      }}
      onBlur={() => setFocused(false)}
      onClick={() => setWanted('open')}
    />
  );

  if (wanted === 'no') return placeholder;
  return (
    <Suspense fallback={placeholder}>
      <UserMenuDropdown user={user} defaultOpened={wanted === 'open'} focusButton={focused} />
    </Suspense>
  );
}
