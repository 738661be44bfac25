import { CallHandler, ExecutionContext, Injectable, Logger, NestInterceptor } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { RequestWithApiKey } from '../../common/http/api-key.guard';
import { catchError, from, mergeMap, Observable, of, switchMap } from 'rxjs';
import type { IdempotencyKeyRef, StoredResponse } from '../domain/idempotency-store.port';
import { idempotencyKeyOf } from '../domain/idempotency-key';
import { IdempotencyKeyInUseError, IdempotencyKeyReusedError } from '../domain/idempotency.errors';
import { IdempotentRequests } from './idempotent-requests';
import { requestFingerprint } from './request-fingerprint';

type Request = FastifyRequest & Pick<RequestWithApiKey, 'apiKeyId' | 'account'>;

/** The response headers a replay repeats; Date, X-Request-Id and the like belong to each answer. */
const REPLAYED_HEADERS = ['location', 'content-location', 'preference-applied', 'retry-after'];
const JSON_TYPE = 'application/json; charset=utf-8';

/**
 * Idempotency-Key on one route (draft-ietf-httpapi-idempotency-key-header), put there by
 * @Idempotent(). Without the header the request runs as ever. With it: a new key runs the handler
 * and keeps its 2xx answer; the same key and request again gets that answer back, byte for byte,
 * with `Idempotent-Replayed: true`; another request under the key is 422; the same one while the
 * first still runs is 409.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  private readonly logger = new Logger(IdempotencyInterceptor.name);
  private resolved?: IdempotentRequests;

  /**
   * Nest builds a route's interceptor in the module of its controller (invoices, notes…), at
   * start-up. Taking IdempotentRequests from the app's (global) IdempotencyModule on first use,
   * rather than in the constructor, keeps those modules free of the database: they compile alone
   * in their own specs, and the app that serves the routes has the module.
   */
  constructor(private readonly modules: ModuleRef) {}

  private get requests(): IdempotentRequests {
    this.resolved ??= this.modules.get(IdempotentRequests, { strict: false });
    return this.resolved;
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    const request = http.getRequest<Request>();
    const reply = http.getResponse<FastifyReply>();
    const key = idempotencyKeyOf(request.headers['idempotency-key']);
    if (key === undefined) return next.handle();
    const ref: IdempotencyKeyRef = {
      scope: this.requests.scopeOf({
        apiKeyId: request.apiKeyId,
        authorization: request.headers.authorization,
        account: request.account,
      }),
      key,
    };
    const fingerprint = requestFingerprint(request.method, request.url, request.body);
    return from(this.requests.begin(ref, fingerprint)).pipe(
      switchMap((outcome) => {
        switch (outcome.kind) {
          case 'replay':
            return of(replay(reply, outcome.response));
          case 'mismatch':
            throw new IdempotencyKeyReusedError();
          case 'in_progress':
            throw new IdempotencyKeyInUseError();
          case 'started':
            return this.run(ref, next, reply);
        }
      }),
    );
  }

  /**
   * Runs the handler under the key. On a failure the key is deleted rather than kept with the
   * error: the same request may then be retried with the same key, and that is safe because what
   * it creates is recorded by its reference code (the ledger never sends a document twice).
   */
  private run(ref: IdempotencyKeyRef, next: CallHandler, reply: FastifyReply): Observable<unknown> {
    return next.handle().pipe(
      mergeMap(async (body: unknown) => {
        const response = captured(reply, body);
        if (response) await this.keep(ref, response);
        else await this.forget(ref);
        return body;
      }),
      catchError(async (error: unknown) => {
        await this.forget(ref);
        throw error;
      }),
    );
  }

  /** The caller gets its answer even when it cannot be stored: the key is released instead. */
  private async keep(ref: IdempotencyKeyRef, response: StoredResponse): Promise<void> {
    try {
      await this.requests.complete(ref, response);
    } catch (error) {
      this.logger.warn(`Could not store the answer of an Idempotency-Key: ${String(error)}`);
      await this.forget(ref);
    }
  }

  private async forget(ref: IdempotencyKeyRef): Promise<void> {
    try {
      await this.requests.release(ref);
    } catch (error) {
      // The key's lock runs out by itself (IDEMPOTENCY_LOCK_MS): a retry waits at most that long.
      this.logger.warn(`Could not release an Idempotency-Key: ${String(error)}`);
    }
  }
}

/** A 2xx answer as it will be sent (JSON.stringify is what Fastify sends for a plain object). */
function captured(reply: FastifyReply, body: unknown): StoredResponse | undefined {
  const status = reply.statusCode;
  if (status < 200 || status > 299) return undefined;
  const headers: Record<string, string> = {};
  for (const name of REPLAYED_HEADERS) {
    const value = reply.getHeader(name);
    if (value !== undefined) headers[name] = String(value);
  }
  if (body === undefined) return { status, headers, body: '' };
  headers['content-type'] = String(reply.getHeader('content-type') ?? JSON_TYPE);
  return { status, headers, body: typeof body === 'string' ? body : JSON.stringify(body) };
}

/** Sets the stored status and headers; the body goes out as the stored string, unserialized. */
function replay(reply: FastifyReply, response: StoredResponse): string | undefined {
  void reply.status(response.status);
  for (const [name, value] of Object.entries(response.headers)) void reply.header(name, value);
  void reply.header('idempotent-replayed', 'true');
  return response.body === '' ? undefined : response.body;
}
