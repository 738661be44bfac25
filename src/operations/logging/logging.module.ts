import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { Logger } from 'pino';
import { LogSinkModule } from './log-sink.module';
import { ROOT_LOGGER } from './logging.tokens';

/**
 * Nest's Logger, routed to pino through nestjs-pino, always to the root logger: no pino-http
 * middleware and no child logger per request. A request's lines (its Factus calls, warnings) carry
 * its id through the root logger's mixin, which reads the request context the request telemetry
 * hook opens (request-context.ts). The one line per request is written by that hook too: only a
 * Fastify hook knows the route template and the API key the request was made with.
 */
@Module({
  imports: [
    LogSinkModule,
    LoggerModule.forRootAsync({
      imports: [LogSinkModule],
      inject: [ROOT_LOGGER],
      useFactory: (root: Logger) => ({
        // Out of a request's middleware, nestjs-pino logs to this one logger.
        pinoHttp: { logger: root },
        // No route gets nestjs-pino's middleware (pino-http and its child logger per request).
        forRoutes: [],
      }),
    }),
  ],
  exports: [LogSinkModule],
})
export class LoggingModule {}
