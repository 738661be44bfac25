import { Inject, Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { growingBound } from '../../common/cache/growing-bound';
import { timingSafeEqual } from 'node:crypto';
import type {
  ManagedAccount,
  ManagedAccounts,
  TenantApiKeys,
} from '../../auth/domain/managed-account';
import { TENANTS_CONFIG, TenantsConfig } from '../../config/config-tokens';
import { Tenant, tenantAccountKey, tenantIdOfAccountKey } from '../domain/tenant';
import { TENANT_STORE, TenantStore } from '../domain/tenant-store.port';
import { looksLikeTenantApiKey, sha256Of, tenantApiKeyId } from './tenant-api-key';

/**
 * Who a tenant API key belongs to, and a tenant's managed account, with a short cache: every
 * tenant request asks, so the store is asked at most once per key per TENANT_KEY_CACHE_MS. A
 * change made on this replica (disable, key removal) is seen here at once (`forget`); other
 * replicas see it within the cache time.
 */
@Injectable()
export class TenantDirectory implements ManagedAccounts, TenantApiKeys {
  private readonly tenants: LRUCache<string, { tenant?: Tenant }>;
  private readonly keys: LRUCache<string, { tenantId?: string; sha256?: Buffer }>;
  /**
   * Bumped by every forget: a lookup that started before one must not cache what it read, or a
   * key looked up while TENANTS_FILE was being applied stays refused for the cache time.
   */
  private generation = 0;

  constructor(
    @Inject(TENANT_STORE) private readonly store: TenantStore,
    @Inject(TENANTS_CONFIG) config: TenantsConfig,
  ) {
    const ttl = Math.max(config.keyCacheMs, 1);
    this.tenants = new LRUCache({ ...growingBound(10_000), ttl });
    this.keys = new LRUCache({ ...growingBound(100_000), ttl });
  }

  /** The enabled tenant `presented` is a valid key of, or undefined. */
  async authenticate(presented: string): Promise<Tenant | undefined> {
    const keyId = tenantApiKeyId(presented);
    if (!keyId) return undefined;
    let entry = this.keys.get(keyId);
    if (!entry) {
      const generation = this.generation;
      const stored = await this.store.findApiKey(keyId);
      entry = stored ? { tenantId: stored.tenantId, sha256: stored.sha256 } : {};
      if (generation === this.generation) this.keys.set(keyId, entry);
    }
    if (!entry.tenantId || !entry.sha256) return undefined;
    if (!timingSafeEqual(sha256Of(presented), entry.sha256)) return undefined;
    const tenant = await this.tenant(entry.tenantId);
    return tenant?.enabled ? tenant : undefined;
  }

  isTenantKey(presented: string): boolean {
    return looksLikeTenantApiKey(presented);
  }

  async accountOfApiKey(
    presented: string,
  ): Promise<{ account: ManagedAccount; keyId: string } | undefined> {
    const tenant = await this.authenticate(presented);
    const keyId = tenantApiKeyId(presented);
    return tenant && keyId ? { account: managedAccountOf(tenant), keyId } : undefined;
  }

  /** The tenant with this id (enabled or not), or undefined. */
  async tenant(id: string): Promise<Tenant | undefined> {
    let entry = this.tenants.get(id);
    if (!entry) {
      const generation = this.generation;
      entry = { tenant: await this.store.get(id) };
      if (generation === this.generation) this.tenants.set(id, entry);
    }
    return entry.tenant;
  }

  async accountOf(accountKey: string): Promise<ManagedAccount | undefined> {
    const id = tenantIdOfAccountKey(accountKey);
    if (!id) return undefined;
    const tenant = await this.tenant(id);
    return tenant?.enabled ? managedAccountOf(tenant) : undefined;
  }

  /** Drops everything cached (after TENANTS_FILE was applied). */
  forgetAll(): void {
    this.generation += 1;
    this.tenants.clear();
    this.keys.clear();
  }

  /** Drops what is cached about a tenant (after an update, a disable, a key change). */
  forget(tenantId: string, keyId?: string): void {
    this.generation += 1;
    this.tenants.delete(tenantId);
    if (keyId) this.keys.delete(keyId);
    // Collected first: deleting from an LRUCache while walking it breaks the walk.
    const ids = [...this.keys.entries()].filter(([, e]) => e.tenantId === tenantId);
    for (const [id] of ids) this.keys.delete(id);
  }
}

/** The managed Factus session a tenant's requests and documents run with. */
export function managedAccountOf(tenant: Tenant): ManagedAccount {
  const { factus } = tenant;
  return {
    accountKey: tenantAccountKey(tenant.id),
    client: {
      tenantId: tenant.id,
      baseUrl: factus.baseUrl,
      clientId: factus.clientId,
      clientSecret: factus.clientSecret,
      rateLimit: tenant.rateLimit,
    },
    username: factus.username,
    password: factus.password,
  };
}
