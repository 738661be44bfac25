import { Inject, Injectable } from '@nestjs/common';
import { TENANTS_CONFIG, type TenantsConfig } from '../../config/config-tokens';
import { TENANT_STORE, type TenantStore } from '../domain/tenant-store.port';
import { DECLARED_TENANTS_SOURCE, type DeclaredTenantsSource } from '../domain/declared-tenants.port';

/**
 * Makes the tenants declared in TENANTS_FILE what the store holds: the file is read and validated
 * whole first (a bad file changes nothing, and its error names the file and the field), then
 * synced in one transaction. What it writes is sealed with the current TENANT_SECRETS_KEY entry;
 * re-sealing what older entries sealed is start-up's job (TenantsFileWatch), done once there.
 */
@Injectable()
export class TenantsFileSync {
  constructor(
    @Inject(TENANT_STORE) private readonly store: TenantStore,
    @Inject(DECLARED_TENANTS_SOURCE) private readonly source: DeclaredTenantsSource,
    @Inject(TENANTS_CONFIG) private readonly config: Pick<TenantsConfig, 'file'>,
  ) {}

  /** Nothing to do (zeros) without TENANTS_FILE. */
  async sync(): Promise<{ upserted: number; disabled: number }> {
    const { file } = this.config;
    if (file === undefined) return { upserted: 0, disabled: 0 };
    const declared = await this.source.read(file);
    return this.store.syncDeclared(declared);
  }
}
