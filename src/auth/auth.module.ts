import { Module } from '@nestjs/common';
import { LoginAttemptsInterceptor } from './application/login-attempts.interceptor';
import { LoginThrottle } from './application/login-throttle';
import { IssueTokenUseCase } from './application/issue-token.use-case';
import { ProviderSessionResolver } from './application/provider-session.resolver';
import { RefreshTokenUseCase } from './application/refresh-token.use-case';
import { CLOCK, systemClock } from '../common/domain/clock';
import { ManagedSessionService } from './application/managed-session.service';
import { ManagedSessions } from './application/managed-sessions';
import { TokenOwnerRegistry } from './application/token-owner.registry';
import { AUTH_GATEWAY } from './domain/auth-gateway.port';
import {
  sessionStoreProvider,
  sessionStoresProvider,
} from './infrastructure/session-store.provider';
import { AuthController } from './http/auth.controller';
import { FactusAuthGateway } from './infrastructure/factus-auth.gateway';
import { RedisModule } from '../redis/redis.module';

@Module({
  imports: [RedisModule],
  controllers: [AuthController],
  providers: [
    IssueTokenUseCase,
    RefreshTokenUseCase,
    ProviderSessionResolver,
    ManagedSessionService,
    ManagedSessions,
    TokenOwnerRegistry,
    LoginThrottle,
    LoginAttemptsInterceptor,
    { provide: CLOCK, useValue: systemClock },
    { provide: AUTH_GATEWAY, useClass: FactusAuthGateway },
    sessionStoresProvider,
    sessionStoreProvider,
  ],
  exports: [AUTH_GATEWAY, ProviderSessionResolver, ManagedSessionService, ManagedSessions],
})
export class AuthModule {}
