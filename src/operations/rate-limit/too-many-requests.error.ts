import { DomainError } from '../../common/errors/domain-error';

/** A caller (API key, or client IP without keys) sent more than INBOUND_RATE_LIMIT per window. */
export class TooManyRequestsError extends DomainError {
  readonly code = 'TOO_MANY_REQUESTS';
  readonly kind = 'rate_limited';
  readonly title = 'Too many requests';

  constructor(limit: number, windowMs: number, retryAfterSeconds: number) {
    super(
      `At most ${limit} requests per ${windowMs / 1000} s are accepted from one caller. Retry in ${retryAfterSeconds} s.`,
      { retryAfterSeconds },
    );
  }
}
