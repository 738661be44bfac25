import type { Migration, MigrationProvider } from 'kysely';
import * as ledger from './0001-ledger';
import * as webhooks from './0002-webhooks';
import * as tenants from './0003-tenants';

/**
 * Every migration, in order, compiled into the service (no directory is read at run time, so the
 * build and the SWC start behave alike). Add a file and a line here; never edit a landed one.
 */
const MIGRATIONS: Record<string, Migration> = {
  '0001-ledger': ledger,
  '0002-webhooks': webhooks,
  '0003-tenants': tenants,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve(MIGRATIONS),
};
