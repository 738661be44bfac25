import type { Kysely } from 'kysely';
import type { DatabaseSchema } from './database.schema';

/** The service's database (PostgreSQL or the embedded PGlite), as a typed Kysely instance. */
export const DATABASE = Symbol('DATABASE');
export type Database = Kysely<DatabaseSchema>;
