import { randomBytes } from 'node:crypto';
import type { Tenant } from '../domain/tenant';
import type {
  DeclaredTenant,
  NewTenant,
  StoredApiKey,
  TenantPatch,
  TenantStore,
} from '../domain/tenant-store.port';

/**
 * A TenantStore in memory, for unit specs: what PostgresTenantStore does, minus the encryption.
 * Every answer is a copy, so a spec cannot change what is stored by changing what it was given.
 * `now` is the clock of createdAt / updatedAt (a fixed or stepping function in specs).
 */
export class InMemoryTenantStore implements TenantStore {
  private readonly tenants = new Map<string, Tenant>();
  private readonly keys = new Map<string, StoredApiKey>();

  constructor(private readonly now: () => Date = () => new Date()) {}

  create(tenant: NewTenant): Promise<Tenant> {
    const id = tenant.id ?? `t${randomBytes(5).toString('hex')}`;
    if (this.tenants.has(id)) return Promise.reject(new Error(`Tenant ${id} exists`));
    const at = this.now();
    const created: Tenant = {
      id,
      name: tenant.name,
      nit: tenant.nit,
      factus: { ...tenant.factus },
      ...(tenant.rateLimit === undefined ? {} : { rateLimit: tenant.rateLimit }),
      enabled: true,
      source: tenant.source,
      createdAt: at,
      updatedAt: at,
    };
    this.tenants.set(id, created);
    return Promise.resolve(copy(created));
  }

  list(): Promise<Tenant[]> {
    const oldestFirst = [...this.tenants.values()].sort(
      (a, b) => a.createdAt.getTime() - b.createdAt.getTime(),
    );
    return Promise.resolve(oldestFirst.map(copy));
  }

  get(id: string): Promise<Tenant | undefined> {
    const tenant = this.tenants.get(id);
    return Promise.resolve(tenant && copy(tenant));
  }

  update(id: string, patch: TenantPatch): Promise<Tenant | undefined> {
    const tenant = this.tenants.get(id);
    if (!tenant) return Promise.resolve(undefined);
    const { rateLimit, factus, ...rest } = patch;
    const updated: Tenant = {
      ...tenant,
      ...definedOnly(rest),
      factus: { ...tenant.factus, ...definedOnly(factus ?? {}) },
      updatedAt: this.now(),
    };
    if (rateLimit === null) delete updated.rateLimit;
    else if (rateLimit !== undefined) updated.rateLimit = rateLimit;
    this.tenants.set(id, updated);
    return Promise.resolve(copy(updated));
  }

  addApiKey(key: StoredApiKey): Promise<void> {
    if (this.keys.has(key.keyId)) return Promise.reject(new Error(`Key ${key.keyId} exists`));
    this.keys.set(key.keyId, { ...key, sha256: Buffer.from(key.sha256) });
    return Promise.resolve();
  }

  removeApiKey(tenantId: string, keyId: string): Promise<boolean> {
    const key = this.keys.get(keyId);
    if (key?.tenantId !== tenantId) return Promise.resolve(false);
    this.keys.delete(keyId);
    return Promise.resolve(true);
  }

  listApiKeys(tenantId: string): Promise<StoredApiKey[]> {
    const keys = [...this.keys.values()]
      .filter((key) => key.tenantId === tenantId)
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
    return Promise.resolve(keys.map((key) => ({ ...key, sha256: Buffer.from(key.sha256) })));
  }

  findApiKey(keyId: string): Promise<StoredApiKey | undefined> {
    const key = this.keys.get(keyId);
    return Promise.resolve(key && { ...key, sha256: Buffer.from(key.sha256) });
  }

  async syncDeclared(declared: DeclaredTenant[]): Promise<{ upserted: number; disabled: number }> {
    const ids = new Set(declared.map((tenant) => tenant.id));
    for (const { apiKeys, enabled, ...tenant } of declared) {
      const existing = this.tenants.get(tenant.id);
      if (existing) await this.update(tenant.id, { ...tenant, enabled });
      else await this.create(tenant).then(() => this.update(tenant.id, { enabled }));
      const stored = this.tenants.get(tenant.id);
      if (stored) stored.source = 'file';
      for (const key of [...this.keys.values()])
        if (key.tenantId === tenant.id) this.keys.delete(key.keyId);
      for (const key of apiKeys)
        await this.addApiKey({ ...key, tenantId: tenant.id, createdAt: this.now() });
    }
    let disabled = 0;
    for (const tenant of this.tenants.values()) {
      if (tenant.source !== 'file' || ids.has(tenant.id) || !tenant.enabled) continue;
      await this.update(tenant.id, { enabled: false });
      disabled += 1;
    }
    return { upserted: declared.length, disabled };
  }

  /** Nothing is encrypted here. */
  reencryptSecrets(): Promise<number> {
    return Promise.resolve(0);
  }
}

function copy(tenant: Tenant): Tenant {
  return { ...tenant, factus: { ...tenant.factus } };
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, field]) => field !== undefined),
  ) as Partial<T>;
}
