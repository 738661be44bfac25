import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import type { RequestWithApiKey } from '../../common/http/api-key.guard';
import { ROOT_LOGGER } from '../logging/logging.tokens';
import { runInRequest } from '../logging/request-context';
import { HttpMetrics, UNMATCHED_ROUTE } from '../metrics/http-metrics';
import { ServiceShuttingDownError } from '../shutdown/service-shutting-down.error';
import { ShutdownState } from '../shutdown/shutdown-state';

/** Routes for orchestrators and scrapers: logged at debug, never refused while draining. */
function isOperational(route: string | undefined): boolean {
  return route === '/metrics' || (route?.startsWith('/health/') ?? false);
}

/** Nginx's "client closed request": the caller went away before the answer. */
const CLIENT_CLOSED = 499;

/**
 * Fastify hooks around every request: the one log line and the duration metric per request (with
 * the route template, never the concrete URL), the in-flight count the drain waits for, and, once
 * SIGTERM arrived, a 503 problem for new work and `Connection: close` on every answer so keep-alive
 * connections end with their last response.
 */
export function registerRequestTelemetry(app: NestFastifyApplication): void {
  const fastify = app.getHttpAdapter().getInstance();
  const logger = app.get<Logger>(ROOT_LOGGER);
  const metrics = app.get(HttpMetrics);
  const shutdown = app.get(ShutdownState);

  fastify.addHook('onRequest', (request, reply, done) => {
    const started = performance.now();
    const operational = isOperational(request.routeOptions.url);
    if (!operational) shutdown.requestStarted();
    // 'close' fires once per response, whether it finished or the client went away.
    reply.raw.once('close', () => {
      if (!operational) shutdown.requestFinished();
      record(logger, metrics, request, reply, (performance.now() - started) / 1000, operational);
    });
    if (shutdown.draining) {
      void reply.header('connection', 'close');
      if (!operational) return done(new ServiceShuttingDownError());
    }
    // What runs from here on (Nest's guards, pipes, handler, the filter) logs under this id.
    runInRequest(request.id, done);
  });
}

function record(
  logger: Logger,
  metrics: HttpMetrics,
  request: FastifyRequest,
  reply: FastifyReply,
  seconds: number,
  operational: boolean,
): void {
  const route = request.routeOptions.url ?? UNMATCHED_ROUTE;
  const status = reply.raw.writableFinished ? reply.statusCode : CLIENT_CLOSED;
  metrics.observe(request.method, route, status, seconds);
  const line = {
    msg: status === CLIENT_CLOSED ? 'request abandoned by the client' : 'request completed',
    requestId: request.id,
    method: request.method,
    route,
    status,
    durationMs: Math.round(seconds * 10_000) / 10,
    apiKeyId: (request as RequestWithApiKey).apiKeyId,
    // The tenant's id only (bounded, not personal): never its name or NIT.
    tenant: (request as RequestWithApiKey).account?.client.tenantId,
  };
  if (operational) logger.debug(line);
  else if (status >= 500) logger.error(line);
  else logger.info(line);
}
