import { factusErrorMessage } from '../factus-error-message';
import type { FactusResult } from '../factus-call';
import {
  FactusApiError,
  FactusBadResponseError,
  FactusTimeoutError,
  FactusUnavailableError,
} from '../factus.errors';
import type { FactusTransportError } from '../transport/factus-transport.error';
import type { FactusTransportResponse } from '../transport/factus-transport.port';

/** What an answer is about, for the messages of the errors it turns into. */
export interface AnswerContext {
  method: string;
  endpoint: string;
  timeoutMs: number;
}

/**
 * The one place where Factus's HTTP answers and network failures become results or typed errors:
 * 2xx with JSON (or 204) is a result; 503 is maintenance, 504 a timeout, other 5xx a bad
 * response (retryable), 4xx a FactusApiError with its parsed body.
 */
export function mapAnswer<T>(
  response: FactusTransportResponse,
  context: AnswerContext,
): FactusResult<T> {
  const { status, headers } = response;
  const body = parseJson(response.rawBody);
  if (status >= 200 && status < 300) {
    if (body === INVALID_JSON || (body === undefined && status !== 204)) {
      throw new FactusBadResponseError(
        `Factus answered ${context.method} ${context.endpoint} with HTTP ${status} but a body that is not JSON.`,
      );
    }
    return { status, body: body as T, headers };
  }
  throw statusError(status, body === INVALID_JSON ? response.rawBody : body, headers);
}

function statusError(status: number, body: unknown, headers: FactusResult['headers']): Error {
  const message = factusErrorMessage(body, status);
  const retryAfterSeconds = parseRetryAfter(headers['retry-after']);
  if (status === 503) {
    return new FactusUnavailableError(
      `Factus is unavailable: ${message}`,
      retryAfterSeconds,
      undefined,
      'maintenance',
    );
  }
  if (status === 504) return new FactusTimeoutError(`Factus's gateway timed out: ${message}`);
  if (status >= 500) {
    return new FactusBadResponseError(
      `Factus failed with HTTP ${status}: ${message}`,
      undefined,
      status,
    );
  }
  return new FactusApiError(status, body, message, { retryAfterSeconds });
}

/** A failure without an HTTP answer: a timeout, or Factus unavailable with why. */
export function mapTransportFailure(
  error: FactusTransportError,
  context: AnswerContext,
): FactusTimeoutError | FactusUnavailableError {
  const { endpoint } = context;
  switch (error.failure) {
    case 'timeout':
      return new FactusTimeoutError(
        `Factus did not answer within ${context.timeoutMs} ms (${endpoint}).`,
      );
    case 'not_sent':
      return new FactusUnavailableError(
        `Factus could not be reached (${endpoint}: ${error.detail}).`,
        undefined,
        undefined,
        'not_sent',
      );
    case 'connection_lost':
      return new FactusUnavailableError(
        `Factus dropped the connection (${endpoint}: ${error.detail}).`,
        undefined,
        undefined,
        'connection_lost',
      );
    case 'unclassified':
      return new FactusUnavailableError(
        `Factus could not be reached (${endpoint}).`,
        undefined,
        error.cause,
      );
  }
}

const INVALID_JSON = Symbol('invalid-json');

function parseJson(raw: string): unknown {
  if (raw.trim() === '') return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return INVALID_JSON;
  }
}

/** Seconds from a Retry-After header (delta-seconds or HTTP date). */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const date = Date.parse(value);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}
