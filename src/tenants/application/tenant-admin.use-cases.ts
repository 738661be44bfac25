import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, type Clock } from '../../common/domain/clock';
import type { Tenant, TenantFactusAccount } from '../domain/tenant';
import { TENANT_STORE, type TenantPatch, type TenantStore } from '../domain/tenant-store.port';
import {
  TenantApiKeyNotFoundError,
  TenantDeclaredInFileError,
  TenantNotFoundError,
} from '../domain/tenant.errors';
import { newTenantApiKey } from './tenant-api-key';
import { TenantDirectory } from './tenant-directory';

export interface TenantRequest {
  name: string;
  nit: string;
  factus: TenantFactusAccount;
  rateLimit?: number;
}

/** A tenant API key as answers show it: its public id, never its hash. */
export interface TenantApiKeyInfo {
  keyId: string;
  createdAt: Date;
}

/** A key just created: the whole key, shown this once (only its SHA-256 is stored). */
export interface CreatedTenantApiKey extends TenantApiKeyInfo {
  key: string;
}

/**
 * The admin API over tenants and their API keys. Tenants declared in TENANTS_FILE are only read
 * here (TENANT_DECLARED_IN_FILE on any change). After every change the directory of this replica
 * forgets what it cached about the tenant, so the change applies to its next request at once.
 */
@Injectable()
export class TenantAdminUseCases {
  constructor(
    @Inject(TENANT_STORE) private readonly store: TenantStore,
    private readonly directory: TenantDirectory,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async create(request: TenantRequest): Promise<Tenant> {
    const tenant = await this.store.create({
      name: request.name.trim(),
      nit: request.nit,
      factus: { ...request.factus, baseUrl: withoutTrailingSlash(request.factus.baseUrl) },
      ...(request.rateLimit === undefined ? {} : { rateLimit: request.rateLimit }),
      source: 'api',
    });
    this.directory.forget(tenant.id);
    return tenant;
  }

  list(): Promise<Tenant[]> {
    return this.store.list();
  }

  async get(id: string): Promise<Tenant> {
    const tenant = await this.store.get(id);
    if (!tenant) throw new TenantNotFoundError(id);
    return tenant;
  }

  async update(id: string, patch: TenantPatch): Promise<Tenant> {
    await this.changeable(id);
    const checked: TenantPatch = { ...patch };
    if (patch.name !== undefined) checked.name = patch.name.trim();
    if (patch.factus?.baseUrl !== undefined)
      checked.factus = { ...patch.factus, baseUrl: withoutTrailingSlash(patch.factus.baseUrl) };
    const updated = await this.store.update(id, checked);
    this.directory.forget(id);
    if (!updated) throw new TenantNotFoundError(id);
    return updated;
  }

  /** Its requests are refused (its keys stop working) and its documents are not sent. */
  disable(id: string): Promise<Tenant> {
    return this.update(id, { enabled: false });
  }

  enable(id: string): Promise<Tenant> {
    return this.update(id, { enabled: true });
  }

  async createApiKey(tenantId: string): Promise<CreatedTenantApiKey> {
    await this.changeable(tenantId);
    const { keyId, key, sha256 } = newTenantApiKey();
    const createdAt = this.clock.now();
    await this.store.addApiKey({ keyId, tenantId, sha256, createdAt });
    // The directory may remember this key id as unknown (someone presented it before).
    this.directory.forget(tenantId, keyId);
    return { keyId, key, createdAt };
  }

  async listApiKeys(tenantId: string): Promise<TenantApiKeyInfo[]> {
    await this.get(tenantId);
    const keys = await this.store.listApiKeys(tenantId);
    return keys.map(({ keyId, createdAt }) => ({ keyId, createdAt }));
  }

  async removeApiKey(tenantId: string, keyId: string): Promise<void> {
    await this.changeable(tenantId);
    const removed = await this.store.removeApiKey(tenantId, keyId);
    this.directory.forget(tenantId, keyId);
    if (!removed) throw new TenantApiKeyNotFoundError(tenantId, keyId);
  }

  /** The tenant, when the admin API may change it: it exists and is not declared in the file. */
  private async changeable(id: string): Promise<Tenant> {
    const tenant = await this.get(id);
    if (tenant.source === 'file') throw new TenantDeclaredInFileError(id);
    return tenant;
  }
}

function withoutTrailingSlash(url: string): string {
  return url.replace(/\/+$/, '');
}
