import { randomBytes } from 'node:crypto';
import type { Insertable, Selectable, Updateable } from 'kysely';
import type { TenantApiKeysTable, TenantsTable } from '../../database/database.schema';
import type { Tenant, TenantFactusAccount, TenantSource } from '../domain/tenant';
import type { NewTenant, StoredApiKey, TenantPatch } from '../domain/tenant-store.port';
import type { TenantSecretBox } from './tenant-secret-box';

export type TenantRow = Selectable<TenantsTable>;
export type ApiKeyRow = Selectable<TenantApiKeysTable>;

/** The sealed columns, named as the AAD of their ciphertext (see tenant-secret-box.ts). */
export const CLIENT_SECRET = 'client_secret';
export const PASSWORD = 'password';

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';

/** `t` + 11 lowercase base32 characters (55 random bits): matches TENANT_ID_PATTERN. */
export function newTenantId(): string {
  const bytes = randomBytes(11);
  return `t${[...bytes].map((byte) => BASE32[byte & 31]).join('')}`;
}

/** A tenant as a row, its secrets sealed for this tenant id. */
export function tenantRow(
  box: TenantSecretBox,
  id: string,
  tenant: Omit<NewTenant, 'id'> & { enabled: boolean },
  now: Date,
): Insertable<TenantsTable> {
  return {
    id,
    name: tenant.name,
    nit: tenant.nit,
    ...factusColumns(box, id, tenant.factus),
    rate_limit: tenant.rateLimit ?? null,
    enabled: tenant.enabled,
    source: tenant.source,
    created_at: now,
    updated_at: now,
  };
}

/** The columns a patch changes (secrets sealed afresh); `updated_at` always. */
export function patchColumns(
  box: TenantSecretBox,
  id: string,
  patch: TenantPatch,
  now: Date,
): Updateable<TenantsTable> {
  const columns: Updateable<TenantsTable> = { updated_at: now };
  if (patch.name !== undefined) columns.name = patch.name;
  if (patch.nit !== undefined) columns.nit = patch.nit;
  if (patch.rateLimit !== undefined) columns.rate_limit = patch.rateLimit;
  if (patch.enabled !== undefined) columns.enabled = patch.enabled;
  const factus = patch.factus ?? {};
  if (factus.baseUrl !== undefined) columns.base_url = factus.baseUrl;
  if (factus.clientId !== undefined) columns.client_id = factus.clientId;
  if (factus.username !== undefined) columns.username = factus.username;
  if (factus.clientSecret !== undefined)
    columns.client_secret_sealed = box.seal(id, CLIENT_SECRET, factus.clientSecret);
  if (factus.password !== undefined)
    columns.password_sealed = box.seal(id, PASSWORD, factus.password);
  return columns;
}

function factusColumns(box: TenantSecretBox, id: string, factus: TenantFactusAccount) {
  return {
    base_url: factus.baseUrl,
    client_id: factus.clientId,
    client_secret_sealed: box.seal(id, CLIENT_SECRET, factus.clientSecret),
    username: factus.username,
    password_sealed: box.seal(id, PASSWORD, factus.password),
  };
}

/** A row as a tenant, its secrets opened (throws UnknownSecretKeyError / UnreadableSecretError). */
export function toTenant(box: TenantSecretBox, row: TenantRow): Tenant {
  return {
    id: row.id,
    name: row.name,
    nit: row.nit,
    factus: {
      baseUrl: row.base_url,
      clientId: row.client_id,
      clientSecret: box.open(row.id, CLIENT_SECRET, row.client_secret_sealed),
      username: row.username,
      password: box.open(row.id, PASSWORD, row.password_sealed),
    },
    ...(row.rate_limit === null ? {} : { rateLimit: row.rate_limit }),
    enabled: row.enabled,
    source: row.source as TenantSource,
    createdAt: toDate(row.created_at),
    updatedAt: toDate(row.updated_at),
  };
}

export function toApiKey(row: ApiKeyRow): StoredApiKey {
  return {
    keyId: row.key_id,
    tenantId: row.tenant_id,
    sha256: Buffer.from(row.sha256),
    createdAt: toDate(row.created_at),
  };
}

function toDate(value: Date | string): Date {
  return value instanceof Date ? value : new Date(value);
}
