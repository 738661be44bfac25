import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { SimulatorState } from './simulator-state';
import type { FaultSpec } from './faults';

export interface SimContext {
  request: FastifyRequest;
  state: SimulatorState;
  /** The authenticated user (bearer routes only). */
  userId?: string;
  body: unknown;
  params: Record<string, string>;
  query: Record<string, string | undefined>;
}

export interface SimResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Extra fields for the request log (e.g. the reference code a document was created with). */
  log?: { referenceCode?: string; grantType?: string; userId?: string };
}

export interface SimRouteOptions {
  /** `bearer`: Factus's `auth:api` guard; `none`: the OAuth endpoint. */
  auth: 'bearer' | 'none';
  /** For unauthenticated routes: the user a request is attributed to for rate limiting. */
  rateKey?: (ctx: SimContext) => string | undefined;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

const UNAUTHENTICATED = { message: 'Unauthenticated.' };

/**
 * Registers one Factus route with the pipeline every Factus route shares: injected faults,
 * the bearer guard, the per-user throttle, the handler, and the request log.
 */
export function simRoute(
  app: FastifyInstance,
  state: SimulatorState,
  method: Method,
  url: string,
  options: SimRouteOptions,
  handler: (ctx: SimContext) => Promise<SimResponse> | SimResponse,
): void {
  app.route({
    method,
    url,
    handler: async (request, reply) => {
      const started = state.clock();
      const path = request.url.split('?')[0];
      const fault = state.faults.take(method, path);
      const logEntry = (status: number, extra: SimResponse['log'] = {}, faultName?: string) =>
        state.log.add({
          at: new Date(started).toISOString(), // when the request arrived: what Factus counts
          method,
          path,
          status,
          fault: faultName ?? (fault ? describe(fault) : undefined),
          durationMs: state.clock() - started,
          ...extra,
        });

      if (fault?.type === 'reset-before') {
        logEntry(0);
        return destroy(reply);
      }
      if (fault?.type === 'latency') await sleep(fault.latencyMs ?? 1000);
      if (fault?.type === 'status') {
        const injected = faultResponse(fault);
        logEntry(injected.status);
        return send(reply, injected);
      }

      const ctx: SimContext = {
        request,
        state,
        body: request.body,
        params: (request.params ?? {}) as Record<string, string>,
        query: (request.query ?? {}) as Record<string, string | undefined>,
      };

      if (options.auth === 'bearer') {
        const token = /^Bearer\s+(.+)$/i.exec(request.headers.authorization ?? '')?.[1];
        if (token && fault?.type === 'expire-token') state.tokens.expire(token.trim());
        if (token && fault?.type === 'revoke-token') state.tokens.revoke(token.trim());
        ctx.userId = token ? state.tokens.userOf(token.trim()) : undefined;
        if (!ctx.userId) {
          logEntry(401);
          return send(reply, { status: 401, body: UNAUTHENTICATED });
        }
      }

      const rateKey = ctx.userId ?? options.rateKey?.(ctx) ?? `ip:${request.ip}`;
      const decision = state.limiter.hit(rateKey);
      const rateHeaders: Record<string, string> = {
        'x-ratelimit-limit': String(decision.limit),
        'x-ratelimit-remaining': String(decision.remaining),
      };
      if (!decision.allowed) {
        logEntry(429, { userId: ctx.userId });
        return send(reply, {
          status: 429,
          body: { message: 'Too Many Attempts.' },
          headers: {
            ...rateHeaders,
            'retry-after': String(decision.retryAfterSeconds),
            'x-ratelimit-reset': String(decision.resetAt),
          },
        });
      }

      const response = await handler(ctx);
      response.headers = { ...rateHeaders, ...response.headers };
      logEntry(response.status, { userId: ctx.userId, ...response.log });

      if (fault?.type === 'reset-after') return destroy(reply);
      if (fault?.type === 'latency-after') await sleep(fault.latencyMs ?? 1000);
      if (fault?.type === 'garbage') {
        return reply
          .code(200)
          .header('content-type', 'text/html; charset=UTF-8')
          .send('<html><body>Bad Gateway</body></html>');
      }
      if (fault?.type === 'truncated') {
        const json = JSON.stringify(response.body ?? {});
        return reply
          .code(response.status)
          .header('content-type', 'application/json')
          .send(json.slice(0, Math.max(1, Math.floor(json.length / 2))));
      }
      return send(reply, response);
    },
  });
}

export function send(reply: FastifyReply, response: SimResponse): FastifyReply {
  reply.code(response.status).headers(response.headers ?? {});
  if (response.body === undefined) return reply.send();
  return reply.header('content-type', 'application/json').send(JSON.stringify(response.body));
}

function destroy(reply: FastifyReply): FastifyReply {
  reply.hijack();
  reply.raw.socket?.destroy();
  return reply;
}

function faultResponse(fault: FaultSpec): SimResponse {
  const status = fault.status ?? 500;
  if (status === 429) {
    return {
      status,
      body: { message: 'Too Many Attempts.' },
      headers: { 'retry-after': String(fault.retryAfterSeconds ?? 1) },
    };
  }
  if (status === 503) {
    return {
      status,
      body: {
        status: 'Service Unavailable',
        message: 'Servicio en mantenimiento, intenta más tarde',
      },
      headers: fault.retryAfterSeconds ? { 'retry-after': String(fault.retryAfterSeconds) } : {},
    };
  }
  return {
    status,
    body: {
      status: 'Internal Server Error',
      message: 'Ha ocurrido un error inesperado, vuelve a intentarlo',
    },
  };
}

function describe(fault: FaultSpec): string {
  return fault.type === 'status' ? `status:${fault.status ?? 500}` : fault.type;
}

/** Unref'd so that an injected latency never holds a closing process open. */
function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
