/** Credentials of the embedded emulator. Refused outside demo mode (see config.ts). */
export const DEMO_ACCESS_KEY_ID = 'demo-access-key-id';
export const DEMO_ACCESS_KEY_SECRET = 'demo-access-key-secret';
export const DEMO_REPORT_USERNAME = 'demo';
export const DEMO_REPORT_PASSWORD = 'demo';
export const DEMO_ACCOUNTS = [
  { username: 'manager', password: 'manager', role: 'manager' },
  { username: 'viewer', password: 'viewer', role: 'viewer' },
] as const;
