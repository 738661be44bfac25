import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { GetCompanyUseCase } from './application/get-company.use-case';
import { GetSubscriptionUseCase } from './application/get-subscription.use-case';
import { UpdateCompanyUseCase } from './application/update-company.use-case';
import { UploadCompanyLogoUseCase } from './application/upload-company-logo.use-case';
import { ACCOUNT_GATEWAY } from './domain/account-gateway.port';
import { AccountController } from './http/account.controller';
import { FactusAccountGateway } from './infrastructure/factus-account.gateway';

/** The Factus account behind the session: the issuer's company profile and its subscription. */
@Module({
  imports: [AuthModule],
  controllers: [AccountController],
  providers: [
    GetCompanyUseCase,
    GetSubscriptionUseCase,
    UpdateCompanyUseCase,
    UploadCompanyLogoUseCase,
    { provide: ACCOUNT_GATEWAY, useClass: FactusAccountGateway },
  ],
  exports: [ACCOUNT_GATEWAY],
})
export class AccountModule {}
