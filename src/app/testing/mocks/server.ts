import { setupServer } from 'msw/node';

import { handlers } from './handlers';

/** The one MSW server of the app's tests, started in setup-tests.ts. */
export const server = setupServer(...handlers);
