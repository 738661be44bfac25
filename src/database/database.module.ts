import { Global, Inject, Injectable, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import { DATABASE_CONFIG, DatabaseConfig } from '../config/config-tokens';
import { pingDatabase } from './database-ping';
import { DatabaseUnavailableError } from './database-unavailable.error';
import { DATABASE, Database } from './database.tokens';
import { migrateToLatest } from './migrate';
import { openDatabase } from './open-database';

/** How long start-up waits for the first answer of the database. */
const START_UP_PING_MS = 10_000;

/**
 * Opens the database, proves it answers and brings its schema up to date, before anything can
 * inject it: a factory Nest awaits, so no module sees an unmigrated database. Any failure fails
 * start-up, naming the setting, and closes what was opened.
 */
async function startDatabase(config: DatabaseConfig): Promise<Database> {
  const logger = new Logger('Database');
  const { db, store, variable } = await openDatabase(config).catch((error: unknown) => {
    // PGlite itself failed (an unwritable or damaged DATA_DIR); pg connects lazily, below.
    throw new DatabaseUnavailableError(config.dataDir ? 'DATA_DIR' : 'embedded', '', error);
  });
  try {
    await pingDatabase(db, START_UP_PING_MS);
    const applied = config.migrateOnStart ? await migrateToLatest(db) : undefined;
    logger.log({
      msg: `Database: ${store}`,
      migrations: applied ?? 'not run at start-up (DATABASE_MIGRATE_ON_START=false)',
    });
    return db;
  } catch (error) {
    await db.destroy().catch(() => undefined);
    throw new DatabaseUnavailableError(variable, store, error);
  }
}

/**
 * Closes the database last: at `onApplicationShutdown`, after every `beforeApplicationShutdown`
 * (the ledger worker hands its leases back there) and after the HTTP server closed, so that
 * in-flight requests and the worker still write to it while they finish.
 */
@Injectable()
class DatabaseCloser implements OnApplicationShutdown {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  async onApplicationShutdown(): Promise<void> {
    await this.db.destroy();
  }
}

/** The service's database (DATABASE, a Kysely), for every module's adapters. */
@Global()
@Module({
  providers: [
    { provide: DATABASE, inject: [DATABASE_CONFIG], useFactory: startDatabase },
    DatabaseCloser,
  ],
  exports: [DATABASE],
})
export class DatabaseModule {}
