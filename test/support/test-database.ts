import { randomBytes } from 'node:crypto';
import { Kysely, PostgresDialect } from 'kysely';
import { Client, Pool } from 'pg';
import type { DatabaseSchema } from '../../src/database/database.schema';
import type { Database } from '../../src/database/database.tokens';
import { migrateToLatest } from '../../src/database/migrate';

/** The machine's PostgreSQL (trust auth); TEST_POSTGRES_URL points elsewhere. */
const SERVER_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase {
  /** DATABASE_URL of the new database. */
  url: string;
  /** A Kysely on it (migrated unless `migrate: false`); closed by `drop`. */
  db: Database;
  /** Closes every connection and drops the database. */
  drop(): Promise<void>;
}

/** A fresh database of its own on the machine's PostgreSQL, for one test file or one app. */
export async function createTestDatabase(
  options: { migrate?: boolean } = {},
): Promise<TestDatabase> {
  const name = `factus_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await onServer(`CREATE DATABASE ${name}`);
  const url = databaseUrl(name);
  const pool = new Pool({ connectionString: url, max: 4 });
  // The forced DROP below ends sessions that are still closing: their error is expected.
  pool.on('error', () => undefined);
  const db = new Kysely<DatabaseSchema>({ dialect: new PostgresDialect({ pool }) });
  if (options.migrate !== false) await migrateToLatest(db);
  return {
    url,
    db,
    drop: async () => {
      await db.destroy();
      // pg's pool.end() resolves before its sockets are closed: wait for the sessions to go (with
      // a deadline; FORCE ends whatever remains, an app's own pool included).
      await sessionsGone(name, Date.now() + 5000);
      await onServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

function databaseUrl(name: string): string {
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

async function sessionsGone(name: string, deadline: number): Promise<void> {
  const client = new Client({ connectionString: SERVER_URL });
  await client.connect();
  try {
    while (Date.now() < deadline) {
      const { rows } = await client.query<{ n: string }>(
        'SELECT count(*) AS n FROM pg_stat_activity WHERE datname = $1',
        [name],
      );
      if (rows[0]?.n === '0') return;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  } finally {
    await client.end();
  }
}

async function onServer(statement: string): Promise<void> {
  const client = new Client({ connectionString: SERVER_URL });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
