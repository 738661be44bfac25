import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';

/** The machine's PostgreSQL (trust auth), as in test-database.ts. */
const SERVER_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * One statement on the server, run to completion before returning (a short-lived node process
 * with `pg`): for helpers that must stay synchronous, such as spawnService, and for the drop that
 * runs when a spawned service exits, when the test may be finishing.
 */
function onServerSync(statement: string): void {
  const script = `
    const { Client } = require(${JSON.stringify(require.resolve('pg'))});
    const client = new Client({ connectionString: process.env.SERVER_URL });
    client.connect()
      .then(() => client.query(process.env.STATEMENT))
      .then(() => client.end(), (error) => { console.error(error.message); process.exit(1); });`;
  execFileSync(process.execPath, ['-e', script], {
    env: { PATH: process.env.PATH ?? '', SERVER_URL, STATEMENT: statement },
    stdio: ['ignore', 'ignore', 'pipe'],
    timeout: 30_000,
  });
}

export interface SyncTestDatabase {
  url: string;
  drop(): void;
}

/** A fresh, empty database on the machine's PostgreSQL (the service migrates it at start-up). */
export function createDatabaseSync(): SyncTestDatabase {
  const name = `factus_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  onServerSync(`CREATE DATABASE ${name}`);
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  let dropped = false;
  return {
    url: url.toString(),
    drop: () => {
      if (dropped) return;
      dropped = true;
      onServerSync(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}
