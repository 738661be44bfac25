import { ConfigError } from '../config/config.error';
import { loadEnvironmentConfig } from '../config/environment';
import { migrateToLatest } from './migrate';
import { openDatabase } from './open-database';

/**
 * `npm run migrate` (in the image: `node dist/database/migrate.main.js`): brings the configured
 * database up to date and exits, for releases that migrate in a job of their own and start the
 * replicas with DATABASE_MIGRATE_ON_START=false. Configured as the service is (environment and
 * .env, validated alike). Exit 0 with the migrations it applied; 1 with the reason.
 */
async function main(): Promise<void> {
  const config = await loadEnvironmentConfig();
  if (!config.database.url && !config.database.dataDir) {
    console.log(
      'No DATABASE_URL nor DATA_DIR: the embedded database lives in memory and is migrated at each start; nothing to do',
    );
    return;
  }
  const { db, store } = await openDatabase(config.database);
  try {
    const applied = await migrateToLatest(db);
    console.log(
      applied.length > 0
        ? `Migrated ${store}: ${applied.join(', ')}`
        : `${store} is up to date: no migration to apply`,
    );
  } finally {
    await db.destroy();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    console.error(error instanceof ConfigError ? message : `Migration failed: ${message}`);
    process.exit(1);
  },
);
