import type { I18n } from '@lingui/core';

import type { Role } from '../../../../shared/contract/auth';

/** A role as the header shows it. */
export function roleName(i18n: I18n, role: Role): string {
  switch (role) {
    case 'manager':
      return i18n._({ id: 'role.manager', message: 'manager' });
    case 'viewer':
      return i18n._({ id: 'role.viewer', message: 'viewer' });
    case 'kiosk':
      return i18n._({ id: 'role.kiosk', message: 'kiosk' });
  }
}
