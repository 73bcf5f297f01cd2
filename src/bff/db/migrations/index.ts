import type { Migration } from 'kysely';

import { reportStoreMigration } from './202612020420-report-store';
import { consoleSessions } from './202612020421-console-sessions';
import { directory } from './202612020430-directory';
import { userPreferences } from './202612020700-user-preferences';
import { reportStoreAggregates } from './202612020710-report-store-aggregates';
import { directoryUnmatched } from './202612021115-directory-unmatched';

/**
 * Every migration of the BFF's database, by name. Name new ones `YYYYMMDDHHMM-what-it-does`
 * (the order they run in) and never change one that has landed: add another.
 */
export const migrations: Record<string, Migration> = {
  '202612020420-report-store': reportStoreMigration,
  '202612020421-console-sessions': consoleSessions,
  '202612020430-directory': directory,
  '202612020700-user-preferences': userPreferences,
  '202612020710-report-store-aggregates': reportStoreAggregates,
  '202612021115-directory-unmatched': directoryUnmatched,
};
