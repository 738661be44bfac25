import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ApiKeyGuard } from './common/http/api-key.guard';
import { AccountModule } from './account/account.module';
import { AcquirersModule } from './acquirers/acquirers.module';
import { AuthModule } from './auth/auth.module';
import { CatalogsModule } from './catalogs/catalogs.module';
import type { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { FactusModule } from './factus/factus.module';
import { InvoicesModule } from './invoices/invoices.module';
import { NotesModule } from './notes/notes.module';
import { NumberingRangesModule } from './numbering-ranges/numbering-ranges.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      providers: [{ provide: APP_GUARD, useClass: ApiKeyGuard }],
      imports: [
        ConfigModule.forRoot(config),
        FactusModule,
        CatalogsModule,
        AuthModule,
        InvoicesModule,
        NotesModule,
        NumberingRangesModule,
        AcquirersModule,
        AccountModule,
      ],
    };
  }
}