// Apart from the kiosk's schemas: the big screen reads these codes on its first paint, which then
// does not load zod (about 27 kB gzip) for two strings.

/** Error codes of the kiosk's token exchange. */
export const kioskErrorCodes = {
  /** The link was revoked: the screen ends. */
  revoked: 'KioskLinkRevoked',
  /** Unknown token, or no token and no kiosk-link cookie. */
  invalid: 'InvalidKioskLink',
} as const;
