/** A tenant's Factus account: where its documents go and the credentials of its managed session. */
export interface TenantFactusAccount {
  baseUrl: string;
  clientId: string;
  clientSecret: string;
  username: string;
  password: string;
}

/** Where a tenant was declared: through the admin API, or in TENANTS_FILE (GitOps). */
export type TenantSource = 'api' | 'file';

/**
 * One company (NIT) the gateway issues documents for, with its own Factus account. Secrets are
 * held in clear only in memory; the store keeps them encrypted, and no answer ever carries them.
 */
export interface Tenant {
  /** Short, stable, non-secret: `[a-z0-9][a-z0-9-]{0,39}`. Used in metrics labels and logs. */
  id: string;
  name: string;
  nit: string;
  factus: TenantFactusAccount;
  /** Its Factus budget in requests per rate window; FACTUS_RATE_LIMIT when absent. */
  rateLimit?: number;
  enabled: boolean;
  source: TenantSource;
  createdAt: Date;
  updatedAt: Date;
}

/** The account key the ledger, caches, idempotency keys, events and webhooks are partitioned by. */
export function tenantAccountKey(tenantId: string): string {
  return `tenant:${tenantId}`;
}

/** The tenant id inside an account key, or undefined for keys that are not a tenant's. */
export function tenantIdOfAccountKey(accountKey: string): string | undefined {
  return accountKey.startsWith('tenant:') ? accountKey.slice('tenant:'.length) : undefined;
}

export const TENANT_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,39}$/;

/**
 * Ids a tenant may not take: `default` names the implicit tenant (FACTUS_*) and `other` the
 * overflow of unknown ids in metrics labels, so a tenant so named would merge with them.
 */
export const RESERVED_TENANT_IDS: readonly string[] = ['default', 'other'];

export function isValidTenantId(id: string): boolean {
  return TENANT_ID_PATTERN.test(id) && !RESERVED_TENANT_IDS.includes(id);
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * A tenant's Factus base URL: https (passwords and tokens travel on it), or plain http to this
 * machine only (a local simulator); never credentials, a query or a fragment.
 */
export function isFactusBaseUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '')
    return false;
  return url.protocol === 'https:' || (url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname));
}

/** A tenant's NIT: 5 to 15 digits, without check digit, dots or hyphen. */
export const TENANT_NIT_PATTERN = /^[0-9]{5,15}$/;
