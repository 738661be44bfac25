import { Module } from '@nestjs/common';
import { IssueTokenUseCase } from './application/issue-token.use-case';
import { RefreshTokenUseCase } from './application/refresh-token.use-case';
import { AUTH_GATEWAY } from './domain/auth-gateway.port';
import { AuthController } from './http/auth.controller';
import { FactusAuthGateway } from './infrastructure/factus-auth.gateway';

@Module({
  controllers: [AuthController],
  providers: [
    IssueTokenUseCase,
    RefreshTokenUseCase,
    { provide: AUTH_GATEWAY, useClass: FactusAuthGateway },
  ],
  exports: [AUTH_GATEWAY],
})
export class AuthModule {}
