import { Logger } from '@nestjs/common';
import { Kysely, PostgresDialect, PostgresPool } from 'kysely';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Pool } from 'pg';
import { redactUrl } from '../common/redact-url';
import type { DatabaseConfig } from '../config/config-tokens';
import type { DatabaseSchema } from './database.schema';
import type { Database } from './database.tokens';
// Types only: PGlite (half a megabyte of code) is loaded only when it is the store (see openPglite).
import type { PglitePool } from './pglite-pool';

/**
 * How long a query may wait for a pooled connection (and a new one to open) before it fails.
 * Waiting for a free one counts too: a burst of creates queues behind the pool, and 5 s was seen
 * to fail documents under a 200-request burst on a loaded machine.
 */
const CONNECT_TIMEOUT_MS = 15_000;

export interface OpenedDatabase {
  db: Database;
  /** Where it is, as it may be logged (no password), e.g. "PostgreSQL at db:5432/factus". */
  store: string;
  /** The setting that chose it, to name when it does not answer. */
  variable: 'DATABASE_URL' | 'DATA_DIR' | 'embedded';
}

/** PostgreSQL when DATABASE_URL is set; otherwise the embedded PGlite, on disk under DATA_DIR or in memory. */
export async function openDatabase(config: DatabaseConfig): Promise<OpenedDatabase> {
  if (config.url) {
    return {
      db: kysely(postgresPool(config.url, config.poolMax)),
      store: `PostgreSQL at ${postgresLocation(config.url)}`,
      variable: 'DATABASE_URL',
    };
  }
  if (config.dataDir) {
    const directory = join(config.dataDir, 'pglite');
    mkdirSync(directory, { recursive: true });
    return {
      db: kysely(await openPglite(directory)),
      store: `embedded PGlite on disk at ${directory}`,
      variable: 'DATA_DIR',
    };
  }
  return {
    db: kysely(await openPglite()),
    store: 'embedded PGlite in memory (lost on restart: set DATA_DIR or DATABASE_URL to keep it)',
    variable: 'embedded',
  };
}

/** Loaded here, not at start-up: a service on PostgreSQL never needs it in memory. */
async function openPglite(directory?: string): Promise<PglitePool> {
  const { PglitePool } = await import('./pglite-pool');
  return PglitePool.open(directory);
}

function kysely(pool: PostgresPool): Database {
  return new Kysely<DatabaseSchema>({ dialect: new PostgresDialect({ pool }) });
}

function postgresPool(url: string, max: number): Pool {
  const logger = new Logger('Database');
  const pool = new Pool({
    connectionString: url,
    max,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
  });
  // An idle connection the server dropped (restart, failover) is an `error` event: unhandled, it
  // would end the process. The pool replaces it on the next query; this only reports it.
  pool.on('error', (error) =>
    logger.warn({
      msg: 'A PostgreSQL connection failed while idle; it will be replaced',
      database: redactUrl(url),
      error: error.message,
    }),
  );
  return pool;
}

/** host:port/database, never the user or the password. */
function postgresLocation(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
}
