import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { CLOCK, type Clock, systemClock } from '../../common/domain/clock';
import { TENANTS_CONFIG, type TenantsConfig } from '../../config/config-tokens';
import { DATABASE, type Database } from '../../database/database.tokens';
import type { Tenant } from '../domain/tenant';
import type {
  DeclaredTenant,
  NewTenant,
  StoredApiKey,
  TenantPatch,
  TenantStore,
} from '../domain/tenant-store.port';
import { syncDeclaredTenants } from './declared-tenants-sync';
import {
  CLIENT_SECRET,
  newTenantId,
  PASSWORD,
  patchColumns,
  tenantRow,
  toApiKey,
  toTenant,
} from './tenant-rows';
import { TenantSecretBox, UnknownSecretKeyError, UnreadableSecretError } from './tenant-secret-box';

/**
 * Tenants on PostgreSQL (or PGlite: same SQL). The Factus client secret and password are sealed
 * with TENANT_SECRETS_KEY (see tenant-secret-box.ts) before they reach a statement, and opened
 * only in the tenants this store returns. Reading a tenant whose secret was sealed with a key no
 * longer configured throws UnknownSecretKeyError, naming the key id.
 */
@Injectable()
export class PostgresTenantStore implements TenantStore {
  private readonly logger = new Logger(PostgresTenantStore.name);
  private readonly box: TenantSecretBox;

  constructor(
    @Inject(DATABASE) private readonly db: Database,
    @Inject(TENANTS_CONFIG) config: Pick<TenantsConfig, 'secretKeys'>,
    @Optional() @Inject(CLOCK) private readonly clock: Clock = systemClock,
  ) {
    this.box = new TenantSecretBox(config.secretKeys);
  }

  async create(tenant: NewTenant): Promise<Tenant> {
    const id = tenant.id ?? newTenantId();
    const row = await this.db
      .insertInto('tenants')
      .values(tenantRow(this.box, id, { ...tenant, enabled: true }, this.clock.now()))
      .returningAll()
      .executeTakeFirstOrThrow();
    return toTenant(this.box, row);
  }

  async list(): Promise<Tenant[]> {
    const rows = await this.db
      .selectFrom('tenants')
      .selectAll()
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    // One tenant whose secrets cannot be opened (its key removed too early) must not take the
    // whole list down with it: it is left out, and the log says which and how to fix it.
    const tenants: Tenant[] = [];
    for (const row of rows) {
      try {
        tenants.push(toTenant(this.box, row));
      } catch (error) {
        if (!(error instanceof UnknownSecretKeyError || error instanceof UnreadableSecretError))
          throw error;
        this.logger.error({
          msg: 'Tenant left out of the list',
          tenant: row.id,
          error: error.message,
        });
      }
    }
    return tenants;
  }

  async get(id: string): Promise<Tenant | undefined> {
    const row = await this.db
      .selectFrom('tenants')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row && toTenant(this.box, row);
  }

  async update(id: string, patch: TenantPatch): Promise<Tenant | undefined> {
    const row = await this.db
      .updateTable('tenants')
      .set(patchColumns(this.box, id, patch, this.clock.now()))
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst();
    return row && toTenant(this.box, row);
  }

  async addApiKey(key: StoredApiKey): Promise<void> {
    await this.db
      .insertInto('tenant_api_keys')
      .values({
        key_id: key.keyId,
        tenant_id: key.tenantId,
        sha256: key.sha256,
        created_at: key.createdAt,
      })
      .execute();
  }

  async removeApiKey(tenantId: string, keyId: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom('tenant_api_keys')
      .where('tenant_id', '=', tenantId)
      .where('key_id', '=', keyId)
      .executeTakeFirst();
    return result.numDeletedRows > 0n;
  }

  async listApiKeys(tenantId: string): Promise<StoredApiKey[]> {
    const rows = await this.db
      .selectFrom('tenant_api_keys')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .orderBy('created_at')
      .orderBy('key_id')
      .execute();
    return rows.map(toApiKey);
  }

  async findApiKey(keyId: string): Promise<StoredApiKey | undefined> {
    const row = await this.db
      .selectFrom('tenant_api_keys')
      .selectAll()
      .where('key_id', '=', keyId)
      .executeTakeFirst();
    return row && toApiKey(row);
  }

  syncDeclared(declared: DeclaredTenant[]): Promise<{ upserted: number; disabled: number }> {
    const now = this.clock.now();
    return this.db
      .transaction()
      .execute((trx) => syncDeclaredTenants(trx, this.box, declared, now));
  }

  /**
   * Each secret not sealed with the current key is opened and sealed again, row by row; a row
   * changed meanwhile (its sealed values differ) is left to the next run. The count of rows
   * re-sealed. Throws UnknownSecretKeyError when a secret's key is no longer configured.
   */
  async reencryptSecrets(): Promise<number> {
    const rows = await this.db
      .selectFrom('tenants')
      .select(['id', 'client_secret_sealed', 'password_sealed'])
      .execute();
    let count = 0;
    for (const row of rows) {
      const secret = row.client_secret_sealed;
      const password = row.password_sealed;
      if (this.box.isCurrent(secret) && this.box.isCurrent(password)) continue;
      const result = await this.db
        .updateTable('tenants')
        .set({
          client_secret_sealed: this.reseal(row.id, CLIENT_SECRET, secret),
          password_sealed: this.reseal(row.id, PASSWORD, password),
        })
        .where('id', '=', row.id)
        .where('client_secret_sealed', '=', secret)
        .where('password_sealed', '=', password)
        .executeTakeFirst();
      count += Number(result.numUpdatedRows);
    }
    return count;
  }

  private reseal(id: string, field: string, sealed: string): string {
    if (this.box.isCurrent(sealed)) return sealed;
    return this.box.seal(id, field, this.box.open(id, field, sealed));
  }
}
