import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ApiKeyGuard } from './common/http/api-key.guard';
import { AccountModule } from './account/account.module';
import { AcquirersModule } from './acquirers/acquirers.module';
import { AuthModule } from './auth/auth.module';
import { CatalogsModule } from './catalogs/catalogs.module';
import type { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { IdempotencyModule } from './idempotency/idempotency.module';
import { FactusModule } from './factus/factus.module';
import { InvoicesModule } from './invoices/invoices.module';
import { NotesModule } from './notes/notes.module';
import { NumberingRangesModule } from './numbering-ranges/numbering-ranges.module';
import { InboundThrottlerGuard } from './operations/rate-limit/inbound-throttler.guard';
import { OperationsModule } from './operations/operations.module';
import { RadianModule } from './radian/radian.module';
import { SupportDocumentsModule } from './support-documents/support-documents.module';
import { TenantsModule } from './tenants/tenants.module';
import { WebhooksModule } from './webhooks/webhooks.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      // Global guards run in this order: the throttler counts per API key id, set by ApiKeyGuard.
      providers: [
        { provide: APP_GUARD, useClass: ApiKeyGuard },
        { provide: APP_GUARD, useClass: InboundThrottlerGuard },
      ],
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule,
        IdempotencyModule,
        OperationsModule,
        FactusModule,
        CatalogsModule,
        AuthModule,
        InvoicesModule,
        NotesModule,
        SupportDocumentsModule,
        NumberingRangesModule,
        AcquirersModule,
        AccountModule,
        RadianModule,
        WebhooksModule,
        TenantsModule,
      ],
    };
  }
}
