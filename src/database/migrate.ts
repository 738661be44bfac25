import { Migrator } from 'kysely';
import type { Database } from './database.tokens';
import { migrationProvider } from './migrations';

/** Brings the schema up to date; throws with the failing migration's name and error. */
export async function migrateToLatest(db: Database): Promise<string[]> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((result) => result.status === 'Error');
  if (error) {
    const cause = error instanceof Error ? error.message : JSON.stringify(error);
    throw new Error(
      `Database migration ${failed?.migrationName ?? '(before any migration)'} failed: ${cause}`,
    );
  }
  return (results ?? []).map((result) => result.migrationName);
}
