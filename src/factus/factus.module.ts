import { HttpModule } from '@nestjs/axios';
import { Global, Module } from '@nestjs/common';
import { RedisModule } from '../redis/redis.module';
import { FactusHttpClient } from './factus-http.client';
import { FACTUS_RATE_LIMITER } from './resilience/rate-limiter.port';
import { rateLimiterProvider } from './resilience/rate-limiter.provider';
import { AxiosFactusTransport } from './transport/axios-factus.transport';
import { FACTUS_TRANSPORT } from './transport/factus-transport.port';
import { keepAliveAgents } from './transport/keep-alive-agents';

@Global()
@Module({
  imports: [RedisModule, HttpModule.registerAsync({ useFactory: keepAliveAgents })],
  providers: [
    FactusHttpClient,
    rateLimiterProvider,
    { provide: FACTUS_TRANSPORT, useClass: AxiosFactusTransport },
  ],
  exports: [FactusHttpClient, FACTUS_RATE_LIMITER],
})
export class FactusModule {}
