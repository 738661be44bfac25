import { ArgumentsHost, Logger, NotFoundException } from '@nestjs/common';
import { DomainError } from '../errors/domain-error';
import { RequestValidationError } from '../errors/common.errors';
import { ProblemDetailsFilter } from './problem-details.filter';

class QuotaGoneError extends DomainError {
  readonly code = 'TEST_QUOTA';
  readonly kind = 'upstream_unavailable';
  readonly title = 'Quota gone';
  constructor() {
    super('Try later.', { retryAfterSeconds: 12.2, extensions: { documentsLeft: 0 } });
  }
}

function run(exception: unknown) {
  const reply = {
    headers: {} as Record<string, string>,
    statusCode: 0,
    contentType: '',
    body: undefined as unknown,
    header(name: string, value: string) {
      this.headers[name] = value;
      return this;
    },
    type(value: string) {
      this.contentType = value;
      return this;
    },
    status(code: number) {
      this.statusCode = code;
      return this;
    },
    send(body: unknown) {
      this.body = body;
      return this;
    },
  };
  const request = { id: 'req-1', method: 'POST', url: '/api/v1/things?x=1' };
  const host = {
    switchToHttp: () => ({ getRequest: () => request, getResponse: () => reply }),
  } as unknown as ArgumentsHost;
  new ProblemDetailsFilter().catch(exception, host);
  return reply;
}

describe('ProblemDetailsFilter', () => {
  it('renders a domain error as problem+json with its code, status and Retry-After', () => {
    const reply = run(new QuotaGoneError());
    expect(reply.statusCode).toBe(503);
    expect(reply.contentType).toMatch(/^application\/problem\+json/);
    expect(reply.headers['retry-after']).toBe('13');
    expect(reply.headers['x-request-id']).toBe('req-1');
    expect(reply.body).toEqual({
      type: 'https://factus-api.dev/problems/test-quota',
      title: 'Quota gone',
      status: 503,
      detail: 'Try later.',
      code: 'TEST_QUOTA',
      requestId: 'req-1',
      instance: '/api/v1/things',
      documentsLeft: 0,
    });
  });

  it('lists field errors', () => {
    const reply = run(
      new RequestValidationError([{ field: 'items[0].price', message: 'price must be positive' }]),
    );
    expect(reply.statusCode).toBe(400);
    expect(reply.body).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [{ field: 'items[0].price', message: 'price must be positive' }],
    });
  });

  it('renders Nest and Fastify client errors with a code for their status', () => {
    expect(run(new NotFoundException()).body).toMatchObject({
      status: 404,
      code: 'NOT_FOUND',
      detail: 'No route POST /api/v1/things.',
    });
    const tooLarge = Object.assign(new Error('Request body is too large'), { statusCode: 413 });
    expect(run(tooLarge).body).toMatchObject({ status: 413, code: 'PAYLOAD_TOO_LARGE' });
  });

  it('hides an unexpected error behind a generic 500 and logs its stack once', () => {
    const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const reply = run(new TypeError('cannot read secretThing of undefined'));
    expect(reply.statusCode).toBe(500);
    expect(reply.body).toMatchObject({ code: 'INTERNAL_ERROR', requestId: 'req-1' });
    expect(JSON.stringify(reply.body)).not.toContain('secretThing');
    expect(logged).toHaveBeenCalledTimes(1);
    expect(String(logged.mock.calls[0][0])).toContain('secretThing');
    logged.mockRestore();
  });
});
