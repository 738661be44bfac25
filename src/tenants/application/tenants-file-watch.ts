import {
  BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { TENANTS_CONFIG, TenantsConfig } from '../../config/config-tokens';
import { TENANT_STORE, TenantStore } from '../domain/tenant-store.port';
import { TenantDirectory } from './tenant-directory';
import { TenantsFileSync } from './tenants-file-sync';

/**
 * Declared tenants (TENANTS_FILE) are made real at start-up, and again on SIGHUP (a GitOps
 * change mounted into the pod, then `kill -HUP`). A bad file at start-up fails the start, naming
 * the file and the bad field; a bad file on SIGHUP is logged and the tenants stay as they were.
 * At start-up, secrets sealed under an older TENANT_SECRETS_KEY entry are re-sealed with the
 * current one, so that the old entry can be removed at the next deployment.
 */
@Injectable()
export class TenantsFileWatch implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(TenantsFileWatch.name);
  private readonly onHangUp = () => void this.reload();
  private reloading?: Promise<void>;

  constructor(
    @Inject(TENANTS_CONFIG) private readonly config: TenantsConfig,
    @Inject(TENANT_STORE) private readonly store: TenantStore,
    private readonly files: TenantsFileSync,
    private readonly directory: TenantDirectory,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.secretKeys.length > 1) {
      const resealed = await this.store.reencryptSecrets();
      if (resealed > 0)
        this.logger.log({ msg: 'Re-sealed tenant secrets with the current key', resealed });
    }
    if (!this.config.file) return;
    await this.sync();
    process.on('SIGHUP', this.onHangUp);
  }

  beforeApplicationShutdown(): void {
    process.off('SIGHUP', this.onHangUp);
  }

  /** One reload at a time; what a failed one leaves is what was there before it. */
  reload(): Promise<void> {
    this.reloading ??= this.sync()
      .catch((error: unknown) =>
        this.logger.error({
          msg: 'TENANTS_FILE not reloaded; tenants stay as they were',
          error: error instanceof Error ? error.message : String(error),
        }),
      )
      .finally(() => (this.reloading = undefined));
    return this.reloading;
  }

  private async sync(): Promise<void> {
    const { upserted, disabled } = await this.files.sync();
    this.directory.forgetAll();
    this.logger.log({ msg: 'Tenants declared in TENANTS_FILE are in place', upserted, disabled });
  }
}
