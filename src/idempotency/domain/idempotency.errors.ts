import { DomainError } from '../../common/errors/domain-error';

export class IdempotencyKeyInvalidError extends DomainError {
  readonly code = 'IDEMPOTENCY_KEY_INVALID';
  readonly kind = 'invalid_input';
  readonly title = 'The Idempotency-Key header is not valid';
  constructor(reason: string) {
    super(`The Idempotency-Key header ${reason}.`, {
      errors: [{ field: 'Idempotency-Key', message: `Idempotency-Key ${reason}` }],
    });
  }
}

export class IdempotencyKeyReusedError extends DomainError {
  readonly code = 'IDEMPOTENCY_KEY_REUSED';
  readonly kind = 'unprocessable';
  readonly title = 'The Idempotency-Key was used with another request';
  constructor() {
    super(
      'This Idempotency-Key was already used with a different request (another body or path). Use a new key for a new request.',
    );
  }
}

export class IdempotencyKeyInUseError extends DomainError {
  readonly code = 'IDEMPOTENCY_KEY_IN_USE';
  readonly kind = 'conflict';
  readonly title = 'A request with this Idempotency-Key is still running';
  constructor() {
    super(
      'The first request with this Idempotency-Key has not finished yet. Retry shortly: you will get its answer.',
      { retryAfterSeconds: 1 },
    );
  }
}
