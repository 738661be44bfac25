import { HttpService } from '@nestjs/axios';
import { Inject, Injectable, Logger, OnApplicationShutdown, Optional } from '@nestjs/common';
import { AxiosError, AxiosResponse, isAxiosError } from 'axios';
import type { ProviderSession } from '../auth/domain/provider-session';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { endpointTemplate } from './endpoint-template';
import { factusErrorMessage } from './factus-error-message';
import { FACTUS_METRICS, FactusMetrics, NO_FACTUS_METRICS } from './factus-metrics.port';
import {
  FactusApiError,
  FactusBadResponseError,
  FactusTimeoutError,
  FactusUnavailableError,
} from './factus.errors';
import { FactusResilience } from './resilience/factus-resilience';
import { FACTUS_RATE_LIMITER, FactusRateLimiter } from './resilience/rate-limiter.port';

export type FactusMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface FactusCall {
  method: FactusMethod;
  /** Concrete path, e.g. `/v2/bills/SETP990000001`. */
  path: string;
  /** Path template for logs and metrics, e.g. `/v2/bills/:number` (never holds identifiers). */
  endpoint?: string;
  query?: Record<string, string | number | undefined>;
  json?: unknown;
  /** Sent as application/x-www-form-urlencoded (the OAuth endpoint). */
  form?: Record<string, string>;
  /** The session the call is made with: its token goes in the bearer header. */
  session?: ProviderSession;
  /** A bare token, for calls made outside a session. Prefer `session`. */
  accessToken?: string;
  /** Whose rate budget the call spends; defaults to the session's account. */
  rateKey?: string;
  /**
   * Whether the call may be sent again after a network error, a 5xx or a 429. True by default for
   * reads. Invoice creation sets it: Factus deduplicates by reference_code, so a resend is safe.
   */
  retryable?: boolean;
}

export interface FactusResult<T = unknown> {
  status: number;
  body: T;
  headers: Record<string, string | undefined>;
}

const NOT_SENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);
const LOST_CODES = new Set(['ECONNRESET', 'EPIPE', 'ERR_SOCKET_CONNECTION_TIMEOUT']);

/**
 * The one HTTP client toward Factus. Every adapter goes through it, so that the rate budget,
 * timeouts, retries, the circuit breaker, keep-alive, the bearer header, the one replay after a
 * 401 of a managed session, and the mapping of failures to typed errors are decided once. It
 * never logs bodies or headers: they carry passwords, client secrets and tokens.
 */
@Injectable()
export class FactusHttpClient implements OnApplicationShutdown {
  private readonly logger = new Logger(FactusHttpClient.name);
  private readonly resilience: FactusResilience;
  private lastAnswer?: number;

  constructor(
    private readonly http: HttpService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(FACTUS_RATE_LIMITER) private readonly limiter: FactusRateLimiter,
    @Optional()
    @Inject(FACTUS_METRICS)
    private readonly metrics: FactusMetrics = NO_FACTUS_METRICS,
  ) {
    this.resilience = new FactusResilience(config.factus);
  }

  /**
   * When Factus last answered anything over HTTP (any status): real traffic proves it reachable,
   * so the readiness check does not have to spend a request of its own.
   */
  get lastAnsweredAt(): number | undefined {
    return this.lastAnswer;
  }

  /** Closes the keep-alive sockets so that shutdown is not held up by idle connections. */
  onApplicationShutdown(): void {
    const defaults = this.http.axiosRef.defaults as {
      httpAgent?: { destroy(): void };
      httpsAgent?: { destroy(): void };
    };
    defaults.httpAgent?.destroy();
    defaults.httpsAgent?.destroy();
  }

  get breakerState(): string {
    return this.resilience.breakerState;
  }

  /**
   * Whether Factus answers at all: an unauthenticated GET of its base URL, outside the rate budget
   * (it is no user's call), the breaker and retries. Any HTTP status, 401 and 404 included, proves
   * it reachable; rejects when nothing answers within `timeoutMs`.
   */
  async probe(timeoutMs: number): Promise<number> {
    const response = await this.http.axiosRef.request<string>({
      method: 'GET',
      baseURL: this.config.factus.baseUrl,
      url: '/',
      headers: { Accept: 'application/json' },
      timeout: timeoutMs,
      signal: AbortSignal.timeout(timeoutMs),
      responseType: 'text',
      transformResponse: [(raw: unknown) => raw],
      validateStatus: () => true,
      maxRedirects: 0,
    });
    this.lastAnswer = Date.now();
    return response.status;
  }

  async send<T = unknown>(call: FactusCall): Promise<FactusResult<T>> {
    try {
      return await this.sendWithPolicies<T>(call, call.session?.accessToken ?? call.accessToken);
    } catch (error) {
      const renew = call.session?.renew;
      if (!(error instanceof FactusApiError && error.status === 401 && renew && call.session))
        throw error;
      // The managed token was refused (expired early or revoked): renew it once, replay once.
      this.logger.log({
        msg: 'Factus refused the managed token; renewing and replaying once',
        method: call.method,
        endpoint: endpointTemplate(call.path, call.endpoint),
      });
      const freshToken = await renew(call.session.accessToken);
      return this.sendWithPolicies<T>(call, freshToken);
    }
  }

  private sendWithPolicies<T>(
    call: FactusCall,
    accessToken: string | undefined,
  ): Promise<FactusResult<T>> {
    const rateKey = call.rateKey ?? call.session?.accountKey ?? 'anonymous';
    const retryable = call.retryable ?? call.method === 'GET';
    let attempt = 0;
    return this.resilience.execute(
      async () => {
        attempt += 1;
        await this.waitForBudget(rateKey);
        try {
          return await this.once<T>(call, accessToken, attempt);
        } catch (error) {
          if (error instanceof FactusApiError && error.status === 429) {
            this.limiter.pause(rateKey, (error.retryAfterSeconds ?? 1) * 1000);
          }
          throw error;
        }
      },
      { retryable, retryOnTimeout: call.method === 'GET' },
    );
  }

  private async waitForBudget(rateKey: string): Promise<void> {
    const started = performance.now();
    try {
      await this.limiter.acquire(rateKey);
      this.metrics.limiterWaited(seconds(started), 'granted');
    } catch (error) {
      this.metrics.limiterWaited(seconds(started), 'refused');
      throw error;
    }
  }

  private async once<T>(
    call: FactusCall,
    accessToken: string | undefined,
    attempt: number,
  ): Promise<FactusResult<T>> {
    const endpoint = endpointTemplate(call.path, call.endpoint);
    const started = performance.now();
    // The OAuth endpoint is the only form-encoded call: its grant says which token request it is.
    if (call.form?.grant_type) this.metrics.tokenRequested(call.form.grant_type);
    const timeoutMs = this.config.factus.timeoutMs;
    const headers: Record<string, string> = { Accept: 'application/json' };
    let data: string | undefined;
    if (call.form) {
      headers['Content-Type'] = 'application/x-www-form-urlencoded';
      data = new URLSearchParams(call.form).toString();
    } else if (call.json !== undefined) {
      headers['Content-Type'] = 'application/json';
      data = JSON.stringify(call.json);
    }
    if (accessToken) headers.Authorization = `Bearer ${accessToken}`;

    let response: AxiosResponse<string>;
    try {
      response = await this.http.axiosRef.request<string>({
        method: call.method,
        baseURL: this.config.factus.baseUrl,
        url: call.path,
        params: call.query,
        data,
        headers,
        timeout: timeoutMs,
        // A deadline for the whole exchange; axios's own timeout only watches socket inactivity.
        signal: AbortSignal.timeout(timeoutMs),
        responseType: 'text',
        transformResponse: [(raw: unknown) => raw],
        validateStatus: () => true,
        maxRedirects: 0,
      });
    } catch (error) {
      const mapped = networkError(error, endpoint, timeoutMs);
      const outcome = mapped instanceof FactusTimeoutError ? 'timeout' : mapped.reason;
      this.metrics.callCompleted({
        method: call.method,
        endpoint,
        outcome,
        seconds: seconds(started),
      });
      this.logger.warn({
        msg: 'Factus call failed',
        method: call.method,
        endpoint,
        outcome,
        code: mapped.code,
        durationMs: elapsed(started),
        attempt,
      });
      throw mapped;
    }

    this.lastAnswer = Date.now();
    const outcome = String(response.status);
    this.metrics.callCompleted({
      method: call.method,
      endpoint,
      outcome,
      seconds: seconds(started),
    });
    // One structured line per exchange: with the request id bound by the logger, a request's
    // story is its own line plus these.
    this.logger.log({
      msg: 'Factus call',
      method: call.method,
      endpoint,
      status: response.status,
      durationMs: elapsed(started),
      attempt,
    });
    const responseHeaders = flattenHeaders(response.headers);
    const body = parseJson(response.data);
    const status = response.status;

    if (status >= 200 && status < 300) {
      if (body === INVALID_JSON || (body === undefined && status !== 204)) {
        throw new FactusBadResponseError(
          `Factus answered ${call.method} ${endpoint} with HTTP ${status} but a body that is not JSON.`,
        );
      }
      return { status, body: body as T, headers: responseHeaders };
    }

    const usableBody = body === INVALID_JSON ? response.data : body;
    const message = factusErrorMessage(usableBody, status);
    const retryAfterSeconds = parseRetryAfter(responseHeaders['retry-after']);
    if (status === 503) {
      throw new FactusUnavailableError(
        `Factus is unavailable: ${message}`,
        retryAfterSeconds,
        undefined,
        'maintenance',
      );
    }
    if (status === 504) throw new FactusTimeoutError(`Factus's gateway timed out: ${message}`);
    if (status >= 500)
      throw new FactusBadResponseError(
        `Factus failed with HTTP ${status}: ${message}`,
        undefined,
        status,
      );
    throw new FactusApiError(status, usableBody, message, { retryAfterSeconds });
  }
}

function networkError(error: unknown, endpoint: string, timeoutMs: number) {
  if (!isAxiosError(error)) {
    return new FactusUnavailableError(
      `Factus could not be reached (${endpoint}).`,
      undefined,
      error,
    );
  }
  const code = (error as AxiosError).code ?? '';
  if (code === 'ECONNABORTED' || code === 'ETIMEDOUT' || code === 'ERR_CANCELED') {
    return new FactusTimeoutError(`Factus did not answer within ${timeoutMs} ms (${endpoint}).`);
  }
  if (NOT_SENT_CODES.has(code)) {
    return new FactusUnavailableError(
      `Factus could not be reached (${endpoint}: ${code}).`,
      undefined,
      undefined,
      'not_sent',
    );
  }
  const lost = LOST_CODES.has(code) || /socket hang up|aborted/i.test(error.message);
  return new FactusUnavailableError(
    `Factus dropped the connection (${endpoint}: ${code || (lost ? 'connection closed' : 'network error')}).`,
    undefined,
    undefined,
    'connection_lost',
  );
}

const INVALID_JSON = Symbol('invalid-json');

function parseJson(raw: unknown): unknown {
  if (typeof raw !== 'string') return raw;
  if (raw.trim() === '') return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return INVALID_JSON;
  }
}

function flattenHeaders(headers: AxiosResponse['headers']): Record<string, string | undefined> {
  const flat: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(headers ?? {})) {
    flat[key.toLowerCase()] = Array.isArray(value)
      ? value.join(', ')
      : value == null
        ? undefined
        : String(value);
  }
  return flat;
}

/** Seconds from a Retry-After header (delta-seconds or HTTP date). */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const date = Date.parse(value);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

function elapsed(started: number): number {
  return Math.round(performance.now() - started);
}

function seconds(started: number): number {
  return (performance.now() - started) / 1000;
}
