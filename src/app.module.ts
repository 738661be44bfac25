import { DynamicModule, Module } from '@nestjs/common';
import { AuthModule } from './auth/auth.module';
import { CatalogsModule } from './catalogs/catalogs.module';
import type { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { FactusModule } from './factus/factus.module';
import { InvoicesModule } from './invoices/invoices.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        FactusModule,
        CatalogsModule,
        AuthModule,
        InvoicesModule,
      ],
    };
  }
}
