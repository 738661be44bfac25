import { Kysely, sql } from 'kysely';

/**
 * Tenants (one company, one Factus account each; secrets sealed with TENANT_SECRETS_KEY, see
 * tenant-secret-box.ts) and their API keys (only the SHA-256 of each key).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('tenants')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('nit', 'text', (c) => c.notNull())
    .addColumn('base_url', 'text', (c) => c.notNull())
    .addColumn('client_id', 'text', (c) => c.notNull())
    // `v1.<keyId>.<iv>.<tag>.<ciphertext>`: AES-256-GCM, the tenant id and column as AAD.
    .addColumn('client_secret_sealed', 'text', (c) => c.notNull())
    .addColumn('username', 'text', (c) => c.notNull())
    .addColumn('password_sealed', 'text', (c) => c.notNull())
    // Factus requests per rate window; null: FACTUS_RATE_LIMIT.
    .addColumn('rate_limit', 'integer')
    .addColumn('enabled', 'boolean', (c) => c.notNull())
    // `api` (admin API) or `file` (TENANTS_FILE: the file owns it, a sync overwrites it).
    .addColumn('source', 'text', (c) => c.notNull().check(sql`source in ('api', 'file')`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('tenant_api_keys')
    // The public 12-hex id inside `ftk_<keyId>_<secret>`: one lookup finds the hash.
    .addColumn('key_id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('sha256', 'bytea', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('tenant_api_keys_tenant')
    .on('tenant_api_keys')
    .columns(['tenant_id', 'created_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['tenant_api_keys', 'tenants'])
    await db.schema.dropTable(table).ifExists().execute();
}
