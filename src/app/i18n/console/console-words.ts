import { requireCatalog } from '../i18n';

/**
 * The words of everything behind sign-in and of the kiosk, with their error codes' meanings:
 * loaded with those areas' code (never on /login), and again for each language switched to
 * afterwards.
 */
export const loadConsoleWords = () =>
  import('./console-setup').then(() => requireCatalog('console'));
