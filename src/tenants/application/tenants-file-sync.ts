import { Inject, Injectable } from '@nestjs/common';
import { TENANTS_CONFIG, type TenantsConfig } from '../../config/config-tokens';
import { TENANT_STORE, type TenantStore } from '../domain/tenant-store.port';
import { readTenantsFile } from '../infrastructure/tenants-file';

/**
 * Makes the tenants declared in TENANTS_FILE what the store holds: the file is read and validated
 * whole first (a bad file changes nothing, and its error names the file and the field), then
 * synced in one transaction. With more than one TENANT_SECRETS_KEY entry, secrets still under an
 * older one are re-sealed with the current one afterwards.
 */
@Injectable()
export class TenantsFileSync {
  constructor(
    @Inject(TENANT_STORE) private readonly store: TenantStore,
    @Inject(TENANTS_CONFIG) private readonly config: Pick<TenantsConfig, 'file' | 'secretKeys'>,
  ) {}

  /** Nothing to do (zeros) without TENANTS_FILE. */
  async sync(): Promise<{ upserted: number; disabled: number }> {
    const { file } = this.config;
    if (file === undefined) return { upserted: 0, disabled: 0 };
    const declared = await readTenantsFile(file);
    const result = await this.store.syncDeclared(declared);
    if (this.config.secretKeys.length > 1) await this.store.reencryptSecrets();
    return result;
  }
}
