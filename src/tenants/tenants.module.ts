import { Global, Module } from '@nestjs/common';
import { AccountModule } from '../account/account.module';
import { AuthModule } from '../auth/auth.module';
import { MANAGED_ACCOUNTS, TENANT_API_KEYS } from '../auth/domain/managed-account';
import { CLOCK, systemClock } from '../common/domain/clock';
import { NumberingRangesModule } from '../numbering-ranges/numbering-ranges.module';
import { TenantAdminUseCases } from './application/tenant-admin.use-cases';
import { TenantCheckUseCase } from './application/tenant-check.use-case';
import { TenantDirectory } from './application/tenant-directory';
import { TenantsFileSync } from './application/tenants-file-sync';
import { TenantsFileWatch } from './application/tenants-file-watch';
import { DECLARED_TENANTS_SOURCE } from './domain/declared-tenants.port';
import { TENANT_STORE } from './domain/tenant-store.port';
import { TenantsAdminController } from './http/tenants-admin.controller';
import { PostgresTenantStore } from './infrastructure/postgres-tenant-store';
import { TenantsFileSource } from './infrastructure/tenants-file';

/**
 * Many companies, one gateway: tenants (each with its own Factus account), their API keys and the
 * admin API. Global, because ApiKeyGuard (app-wide) and the ledger's AccountSessions find a
 * tenant's account through the ports bound here (TENANT_API_KEYS, MANAGED_ACCOUNTS).
 */
@Global()
@Module({
  imports: [AuthModule, AccountModule, NumberingRangesModule],
  controllers: [TenantsAdminController],
  providers: [
    { provide: TENANT_STORE, useClass: PostgresTenantStore },
    { provide: DECLARED_TENANTS_SOURCE, useClass: TenantsFileSource },
    { provide: CLOCK, useValue: systemClock },
    TenantDirectory,
    { provide: MANAGED_ACCOUNTS, useExisting: TenantDirectory },
    { provide: TENANT_API_KEYS, useExisting: TenantDirectory },
    TenantAdminUseCases,
    TenantCheckUseCase,
    TenantsFileSync,
    TenantsFileWatch,
  ],
  exports: [MANAGED_ACCOUNTS, TENANT_API_KEYS, TenantDirectory],
})
export class TenantsModule {}
