import { sql, type Transaction } from 'kysely';
import type { DatabaseSchema } from '../../database/database.schema';
import type { DeclaredTenant } from '../domain/tenant-store.port';
import { CLIENT_SECRET, PASSWORD, tenantRow, type TenantRow } from './tenant-rows';
import type { TenantSecretBox } from './tenant-secret-box';

type Trx = Transaction<DatabaseSchema>;

/** A tenant declared in TENANTS_FILE has the id of a tenant created through the admin API. */
export class DeclaredTenantConflictError extends Error {
  constructor(readonly tenantId: string) {
    super(
      `TENANTS_FILE declares tenant ${tenantId}, but a tenant created through the admin API has that id: rename one of them`,
    );
    this.name = 'DeclaredTenantConflictError';
  }
}

/** An API key declared in TENANTS_FILE already belongs to another tenant. */
export class DeclaredApiKeyConflictError extends Error {
  constructor(
    readonly tenantId: string,
    readonly keyId: string,
  ) {
    super(
      `TENANTS_FILE gives tenant ${tenantId} the API key ${keyId}, which belongs to another tenant`,
    );
    this.name = 'DeclaredApiKeyConflictError';
  }
}

/**
 * One sync of TENANTS_FILE, inside the caller's transaction. Syncs of several replicas at once
 * are serialized by an advisory lock. A declared tenant whose row already says the same (secrets
 * included, sealed with the current key) is not rewritten: a restart does not touch every row.
 */
export async function syncDeclaredTenants(
  trx: Trx,
  box: TenantSecretBox,
  declared: DeclaredTenant[],
  now: Date,
): Promise<{ upserted: number; disabled: number }> {
  await sql`select pg_advisory_xact_lock(hashtext('factus-api:tenants-file'))`.execute(trx);
  const rows = await trx.selectFrom('tenants').selectAll().execute();
  const byId = new Map(rows.map((row) => [row.id, row]));
  for (const tenant of declared) {
    const row = byId.get(tenant.id);
    if (row && row.source !== 'file') throw new DeclaredTenantConflictError(tenant.id);
    if (!row || !sameAs(box, row, tenant)) await upsert(trx, box, tenant, now);
    await replaceKeys(trx, tenant, now);
  }
  let disable = trx
    .updateTable('tenants')
    .set({ enabled: false, updated_at: now })
    .where('source', '=', 'file')
    .where('enabled', '=', true);
  const ids = declared.map((tenant) => tenant.id);
  if (ids.length > 0) disable = disable.where('id', 'not in', ids);
  const result = await disable.executeTakeFirst();
  return { upserted: declared.length, disabled: Number(result.numUpdatedRows) };
}

async function upsert(trx: Trx, box: TenantSecretBox, tenant: DeclaredTenant, now: Date) {
  const row = tenantRow(box, tenant.id, { ...tenant, source: 'file' }, now);
  const { id: _id, created_at: _created, ...changes } = row;
  await trx
    .insertInto('tenants')
    .values(row)
    .onConflict((oc) => oc.column('id').doUpdateSet(changes))
    .execute();
}

/** The tenant's keys become exactly the declared ones; unchanged keys keep their created_at. */
async function replaceKeys(trx: Trx, tenant: DeclaredTenant, now: Date): Promise<void> {
  const existing = await trx
    .selectFrom('tenant_api_keys')
    .select(['key_id', 'sha256'])
    .where('tenant_id', '=', tenant.id)
    .execute();
  const wanted = new Map(tenant.apiKeys.map((key) => [key.keyId, key.sha256]));
  const stale = existing
    .filter((key) => !wanted.get(key.key_id)?.equals(Buffer.from(key.sha256)))
    .map((key) => key.key_id);
  if (stale.length > 0)
    await trx.deleteFrom('tenant_api_keys').where('key_id', 'in', stale).execute();
  const kept = new Set(existing.map((key) => key.key_id).filter((id) => !stale.includes(id)));
  for (const key of tenant.apiKeys) {
    if (kept.has(key.keyId)) continue;
    const inserted = await trx
      .insertInto('tenant_api_keys')
      .values({ key_id: key.keyId, tenant_id: tenant.id, sha256: key.sha256, created_at: now })
      .onConflict((oc) => oc.column('key_id').doNothing())
      .returning('key_id')
      .executeTakeFirst();
    if (!inserted) throw new DeclaredApiKeyConflictError(tenant.id, key.keyId);
  }
}

function sameAs(box: TenantSecretBox, row: TenantRow, tenant: DeclaredTenant): boolean {
  const { factus } = tenant;
  const plain =
    row.name === tenant.name &&
    row.nit === tenant.nit &&
    row.base_url === factus.baseUrl &&
    row.client_id === factus.clientId &&
    row.username === factus.username &&
    row.rate_limit === (tenant.rateLimit ?? null) &&
    row.enabled === tenant.enabled;
  return (
    plain &&
    sealedAs(box, row.id, CLIENT_SECRET, row.client_secret_sealed, factus.clientSecret) &&
    sealedAs(box, row.id, PASSWORD, row.password_sealed, factus.password)
  );
}

/** Sealed with the current key and holding `plain` (a secret that does not open is rewritten). */
function sealedAs(box: TenantSecretBox, id: string, field: string, sealed: string, plain: string) {
  if (!box.isCurrent(sealed)) return false;
  try {
    return box.open(id, field, sealed) === plain;
  } catch {
    return false;
  }
}
