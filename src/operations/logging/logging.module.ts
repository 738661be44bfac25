import { Module, RequestMethod } from '@nestjs/common';
import type { IncomingMessage } from 'node:http';
import { LoggerModule } from 'nestjs-pino';
import type { Logger } from 'pino';
import { requestIdFor } from '../../common/http/request-id';
import { LogSinkModule } from './log-sink.module';
import { ROOT_LOGGER } from './logging.tokens';

/**
 * Nest's Logger, routed to pino through nestjs-pino. Within a request every line is written by a
 * child logger bound to the request id (the X-Request-Id Fastify already chose), so a request's
 * Factus calls and warnings carry it. The one line per request is written by the request
 * telemetry hook instead of pino-http's auto-logging: only a Fastify hook knows the route
 * template and the API key the request was made with.
 */
@Module({
  imports: [
    LogSinkModule,
    LoggerModule.forRootAsync({
      imports: [LogSinkModule],
      inject: [ROOT_LOGGER],
      useFactory: (root: Logger) => ({
        pinoHttp: {
          logger: root,
          autoLogging: false,
          quietReqLogger: true,
          customAttributeKeys: { reqId: 'requestId' },
          // @fastify/middie copies Fastify's request id onto the raw request before this runs.
          genReqId: (request: IncomingMessage) => request.id ?? requestIdFor(request),
        },
        forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
      }),
    }),
  ],
  exports: [LogSinkModule],
})
export class LoggingModule {}
