import { HttpModule } from '@nestjs/axios';
import { Global, Module } from '@nestjs/common';
import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import { RedisModule } from '../redis/redis.module';
import { FactusHttpClient } from './factus-http.client';
import { FACTUS_RATE_LIMITER } from './resilience/rate-limiter.port';
import { rateLimiterProvider } from './resilience/rate-limiter.provider';

/**
 * Keep-alive sockets toward Factus: a TLS handshake per call would dominate latency. Every socket
 * may stay idle in the pool (maxFreeSockets = maxSockets): with fewer, a burst of answers arriving
 * together closes the surplus and the next requests open new connections (under load, one request
 * in three did). Idle sockets still close after Factus's own keep-alive timeout.
 */
const MAX_SOCKETS = 64;
const agentOptions = {
  keepAlive: true,
  keepAliveMsecs: 10_000,
  maxSockets: MAX_SOCKETS,
  maxFreeSockets: MAX_SOCKETS,
};

@Global()
@Module({
  imports: [
    RedisModule,
    HttpModule.registerAsync({
      useFactory: () => ({
        httpAgent: new HttpAgent(agentOptions),
        httpsAgent: new HttpsAgent(agentOptions),
      }),
    }),
  ],
  providers: [FactusHttpClient, rateLimiterProvider],
  exports: [FactusHttpClient, FACTUS_RATE_LIMITER],
})
export class FactusModule {}
