import { type Migration, Migrator } from 'kysely';

import { migrations as allMigrations } from './migrations/index';
import type { Db } from './open-database';

/** Brings the schema to the newest migration; throws (naming the migration) if one fails. */
export async function migrateToLatest(
  db: Db,
  migrations: Record<string, Migration> = allMigrations,
): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: () => Promise.resolve(migrations) },
    // Streams add migrations in parallel; each is named by date, and may land in any order.
    allowUnorderedMigrations: true,
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((result) => result.status === 'Error')?.migrationName;
    throw new Error(
      `Database migration ${failed ?? ''} failed: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
}
