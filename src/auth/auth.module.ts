import { Module } from '@nestjs/common';
import { IssueTokenUseCase } from './application/issue-token.use-case';
import { ProviderSessionResolver } from './application/provider-session.resolver';
import { RefreshTokenUseCase } from './application/refresh-token.use-case';
import { AUTH_GATEWAY } from './domain/auth-gateway.port';
import { AuthController } from './http/auth.controller';
import { FactusAuthGateway } from './infrastructure/factus-auth.gateway';

@Module({
  controllers: [AuthController],
  providers: [
    IssueTokenUseCase,
    RefreshTokenUseCase,
    ProviderSessionResolver,
    { provide: AUTH_GATEWAY, useClass: FactusAuthGateway },
  ],
  exports: [AUTH_GATEWAY, ProviderSessionResolver],
})
export class AuthModule {}
