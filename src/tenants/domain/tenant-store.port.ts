import type { Tenant, TenantFactusAccount, TenantSource } from './tenant';

export const TENANT_STORE = Symbol('TENANT_STORE');

export interface NewTenant {
  /** Given for tenants declared in TENANTS_FILE; generated otherwise. */
  id?: string;
  name: string;
  nit: string;
  factus: TenantFactusAccount;
  rateLimit?: number;
  source: TenantSource;
}

/** What an update may change; absent fields stay. `rateLimit: null` clears it. */
export interface TenantPatch {
  name?: string;
  nit?: string;
  factus?: Partial<TenantFactusAccount>;
  rateLimit?: number | null;
  enabled?: boolean;
}

/** A tenant API key as stored: its public id and the SHA-256 of the whole key, never the key. */
export interface StoredApiKey {
  keyId: string;
  tenantId: string;
  sha256: Buffer;
  createdAt: Date;
}

/** A tenant declared in TENANTS_FILE, with the SHA-256 of each API key it accepts. */
export interface DeclaredTenant extends NewTenant {
  id: string;
  enabled: boolean;
  apiKeys: { keyId: string; sha256: Buffer }[];
}

/** Where tenants live (PostgreSQL): secrets encrypted at rest with TENANT_SECRETS_KEY. */
export interface TenantStore {
  create(tenant: NewTenant): Promise<Tenant>;
  /** Every tenant, oldest first. */
  list(): Promise<Tenant[]>;
  get(id: string): Promise<Tenant | undefined>;
  /** The updated tenant, or undefined when there is no such tenant. */
  update(id: string, patch: TenantPatch): Promise<Tenant | undefined>;
  addApiKey(key: StoredApiKey): Promise<void>;
  /** False when the tenant has no such key. */
  removeApiKey(tenantId: string, keyId: string): Promise<boolean>;
  listApiKeys(tenantId: string): Promise<StoredApiKey[]>;
  findApiKey(keyId: string): Promise<StoredApiKey | undefined>;
  /**
   * Makes the file-declared tenants what `declared` says (created or updated, their keys
   * replaced); file tenants no longer declared are disabled. API tenants are left alone.
   */
  syncDeclared(declared: DeclaredTenant[]): Promise<{ upserted: number; disabled: number }>;
  /** Re-encrypts secrets held under an older TENANT_SECRETS_KEY entry with the current one. */
  reencryptSecrets(): Promise<number>;
}
