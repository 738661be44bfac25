import * as vm from 'node:vm';
import { Kysely, PostgresDialect } from 'kysely';
import type { DatabaseSchema } from '../database.schema';
import type { Database } from '../database.tokens';
import { PglitePool } from '../pglite-pool';

/**
 * An embedded PGlite database for a test (not migrated). PGlite loads its WebAssembly through
 * dynamic `import()`s, which Jest's module sandbox serves only under Node's
 * --experimental-vm-modules (npm test sets it). Without the flag PGlite does not fail its open
 * but crashes the process, so the flag is checked first: `vm.SourceTextModule` exists only
 * with it (whether it came on the command line or in NODE_OPTIONS).
 */
export async function openTestPglite(): Promise<Database> {
  if (!('SourceTextModule' in vm))
    throw new Error(
      'PGlite under Jest needs --experimental-vm-modules: run the tests with npm test',
    );
  const pool = await PglitePool.open();
  return new Kysely<DatabaseSchema>({ dialect: new PostgresDialect({ pool }) });
}
