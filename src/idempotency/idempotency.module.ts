import { Global, Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { CLOCK, systemClock } from '../common/domain/clock';
import { IdempotencyInterceptor } from './application/idempotency.interceptor';
import { IdempotencySweeper } from './application/idempotency-sweeper';
import { IdempotentRequests } from './application/idempotent-requests';
import { IDEMPOTENCY_STORE } from './domain/idempotency-store.port';
import { PostgresIdempotencyStore } from './infrastructure/postgres-idempotency.store';

/**
 * Idempotency-Key for the routes marked @Idempotent(). Global because those routes live in
 * several feature modules, whose controllers instantiate the interceptor with IdempotentRequests
 * from here. Needs DATABASE and IDEMPOTENCY_CONFIG (the global database and config modules).
 */
@Global()
@Module({
  imports: [AuthModule],
  providers: [
    { provide: IDEMPOTENCY_STORE, useClass: PostgresIdempotencyStore },
    { provide: CLOCK, useValue: systemClock },
    IdempotentRequests,
    IdempotencyInterceptor,
    IdempotencySweeper,
  ],
  exports: [IdempotentRequests],
})
export class IdempotencyModule {}
