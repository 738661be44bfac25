import { HttpService } from '@nestjs/axios';
import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { AxiosError, AxiosResponse, isAxiosError } from 'axios';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { factusErrorMessage } from './factus-error-message';
import {
  FactusApiError,
  FactusBadResponseError,
  FactusTimeoutError,
  FactusUnavailableError,
} from './factus.errors';

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
  accessToken?: string;
}

export interface FactusResult<T = unknown> {
  status: number;
  body: T;
  headers: Record<string, string | undefined>;
}

const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ERR_SOCKET_CONNECTION_TIMEOUT',
]);

/**
 * The one HTTP client toward Factus. Every adapter goes through it, so that timeouts, keep-alive,
 * the bearer header and the mapping of failures to typed errors are decided once. It never logs
 * bodies or headers: they carry passwords, client secrets and tokens.
 */
@Injectable()
export class FactusHttpClient implements OnApplicationShutdown {
  private readonly logger = new Logger(FactusHttpClient.name);

  constructor(
    private readonly http: HttpService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Closes the keep-alive sockets so that shutdown is not held up by idle connections. */
  onApplicationShutdown(): void {
    const defaults = this.http.axiosRef.defaults as {
      httpAgent?: { destroy(): void };
      httpsAgent?: { destroy(): void };
    };
    defaults.httpAgent?.destroy();
    defaults.httpsAgent?.destroy();
  }

  async send<T = unknown>(call: FactusCall): Promise<FactusResult<T>> {
    const endpoint = call.endpoint ?? call.path;
    const started = performance.now();
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
    if (call.accessToken) headers.Authorization = `Bearer ${call.accessToken}`;

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
      const mapped = this.networkError(error, endpoint, timeoutMs);
      this.logger.warn(
        `${call.method} ${endpoint} failed: ${mapped.code} after ${elapsed(started)}ms`,
      );
      throw mapped;
    }

    this.logger.debug(`${call.method} ${endpoint} ${response.status} ${elapsed(started)}ms`);
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
    if (status === 503)
      throw new FactusUnavailableError(`Factus is unavailable: ${message}`, retryAfterSeconds);
    if (status === 504) throw new FactusTimeoutError(`Factus's gateway timed out: ${message}`);
    if (status >= 500) {
      throw new FactusBadResponseError(`Factus failed with HTTP ${status}: ${message}`);
    }
    throw new FactusApiError(status, usableBody, message, { retryAfterSeconds });
  }

  private networkError(error: unknown, endpoint: string, timeoutMs: number) {
    if (!isAxiosError(error)) {
      return new FactusUnavailableError(
        `Factus could not be reached (${endpoint}).`,
        undefined,
        error,
      );
    }
    const axiosError = error as AxiosError;
    const code = axiosError.code ?? '';
    if (code === 'ECONNABORTED' || code === 'ETIMEDOUT' || code === 'ERR_CANCELED') {
      return new FactusTimeoutError(`Factus did not answer within ${timeoutMs} ms (${endpoint}).`);
    }
    if (UNAVAILABLE_CODES.has(code) || /socket hang up|aborted/i.test(axiosError.message)) {
      return new FactusUnavailableError(
        `Factus could not be reached or dropped the connection (${endpoint}: ${code || 'connection closed'}).`,
      );
    }
    return new FactusUnavailableError(
      `Factus could not be reached (${endpoint}: ${code || 'network error'}).`,
    );
  }
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
