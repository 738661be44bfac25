import {
  FactusApiError,
  FactusBadResponseError,
  FactusTimeoutError,
  FactusUnavailableError,
} from '../factus.errors';
import { FactusTransportError, networkFailure } from '../transport/factus-transport.error';
import { mapAnswer, mapTransportFailure, parseRetryAfter } from './factus-answer.mapper';

const context = { method: 'GET', endpoint: '/v2/bills/:number', timeoutMs: 1500 };

function answer(status: number, rawBody = '', headers: Record<string, string> = {}) {
  return { status, rawBody, headers };
}

function failureOf(status: number, rawBody = '', headers: Record<string, string> = {}): unknown {
  try {
    mapAnswer(answer(status, rawBody, headers), context);
  } catch (error) {
    return error;
  }
  throw new Error(`HTTP ${status} was not mapped to an error`);
}

describe('mapAnswer', () => {
  it('returns a 2xx with its parsed JSON body and headers', () => {
    const result = mapAnswer(answer(200, '{"data":{"id":1}}', { etag: '"a"' }), context);
    expect(result).toEqual({ status: 200, body: { data: { id: 1 } }, headers: { etag: '"a"' } });
  });

  it('accepts a 204 without a body', () => {
    expect(mapAnswer(answer(204), context)).toEqual({ status: 204, body: undefined, headers: {} });
  });

  it.each([
    ['an HTML page', '<html>oops</html>'],
    ['an empty body', '  '],
  ])('answers a 2xx with %s as a bad response naming the call', (_, raw) => {
    const error = failureOf(200, raw);
    expect(error).toBeInstanceOf(FactusBadResponseError);
    expect((error as FactusBadResponseError).upstreamStatus).toBeUndefined();
    expect((error as Error).message).toBe(
      'Factus answered GET /v2/bills/:number with HTTP 200 but a body that is not JSON.',
    );
  });

  it.each([
    [400, 'FACTUS_BAD_REQUEST'],
    [401, 'FACTUS_UNAUTHORIZED'],
    [402, 'FACTUS_PAYMENT_REQUIRED'],
    [403, 'FACTUS_FORBIDDEN'],
    [404, 'FACTUS_NOT_FOUND'],
    [409, 'FACTUS_CONFLICT'],
    [422, 'FACTUS_VALIDATION_FAILED'],
    [418, 'FACTUS_REQUEST_FAILED'],
  ])('maps %i to a FactusApiError %s carrying the body and Factus message', (status, code) => {
    const error = failureOf(status, '{"message":"No way","data":{"x":1}}') as FactusApiError;
    expect(error).toBeInstanceOf(FactusApiError);
    expect(error.code).toBe(code);
    expect(error.status).toBe(status);
    expect(error.body).toEqual({ message: 'No way', data: { x: 1 } });
    expect(error.message).toBe('No way');
  });

  it('keeps a 4xx body that is not JSON as text', () => {
    const error = failureOf(403, 'Forbidden by WAF') as FactusApiError;
    expect(error.body).toBe('Forbidden by WAF');
    expect(error.message).toBe('Forbidden by WAF');
  });

  it('maps 429 to FACTUS_RATE_LIMITED with the Retry-After seconds', () => {
    const error = failureOf(429, '', { 'retry-after': '7' }) as FactusApiError;
    expect(error.code).toBe('FACTUS_RATE_LIMITED');
    expect(error.retryAfterSeconds).toBe(7);
    expect(error.message).toBe('Factus answered HTTP 429');
  });

  it('maps 503 to maintenance, with Retry-After', () => {
    const error = failureOf(503, '{"message":"Down for maintenance"}', { 'retry-after': '30' });
    expect(error).toBeInstanceOf(FactusUnavailableError);
    expect(error).toMatchObject({
      reason: 'maintenance',
      retryAfterSeconds: 30,
      message: 'Factus is unavailable: Down for maintenance',
    });
  });

  it("maps 504 to a timeout of Factus's gateway", () => {
    const error = failureOf(504, '<html>Gateway Timeout</html>');
    expect(error).toBeInstanceOf(FactusTimeoutError);
    expect((error as Error).message).toBe("Factus's gateway timed out: Factus answered HTTP 504");
  });

  it.each([500, 502])(
    'maps %i to a bad response that remembers the status (retryable)',
    (status) => {
      const error = failureOf(status, '{"message":"Server Error"}') as FactusBadResponseError;
      expect(error).toBeInstanceOf(FactusBadResponseError);
      expect(error.upstreamStatus).toBe(status);
      expect(error.message).toBe(`Factus failed with HTTP ${status}: Server Error`);
    },
  );
});

describe('mapTransportFailure', () => {
  it('maps a timeout to FACTUS_TIMEOUT naming the deadline', () => {
    const error = mapTransportFailure(networkFailure('ECONNABORTED', 'timeout of 1500ms'), context);
    expect(error).toBeInstanceOf(FactusTimeoutError);
    expect(error.message).toBe('Factus did not answer within 1500 ms (/v2/bills/:number).');
  });

  it('says a refused connection was not sent', () => {
    const error = mapTransportFailure(networkFailure('ECONNREFUSED', 'connect'), context);
    expect(error).toMatchObject({
      reason: 'not_sent',
      message: 'Factus could not be reached (/v2/bills/:number: ECONNREFUSED).',
    });
  });

  it('says a reset connection may have reached Factus', () => {
    const error = mapTransportFailure(networkFailure('ECONNRESET', 'read'), context);
    expect(error).toMatchObject({
      reason: 'connection_lost',
      message: 'Factus dropped the connection (/v2/bills/:number: ECONNRESET).',
    });
  });

  it('keeps the cause of a failure that is not a network error', () => {
    const cause = new TypeError('boom');
    const error = mapTransportFailure(
      new FactusTransportError('unclassified', '', 'boom', cause),
      context,
    );
    expect(error).toBeInstanceOf(FactusUnavailableError);
    expect(error).toMatchObject({ reason: 'connection_lost', cause });
    expect(error.message).toBe('Factus could not be reached (/v2/bills/:number).');
  });
});

describe('parseRetryAfter', () => {
  it('reads delta-seconds and HTTP dates, and ignores nonsense', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('12', now)).toBe(12);
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:05 GMT', now)).toBe(5);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });
});
