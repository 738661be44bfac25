import { DomainError } from '../../common/errors/domain-error';

/** Our own 429: waiting for Factus's budget would take longer than FACTUS_QUEUE_TIMEOUT_MS. */
export class RateLimitQueueTimeoutError extends DomainError {
  readonly code = 'RATE_LIMIT_QUEUE_TIMEOUT';
  readonly kind = 'rate_limited';
  readonly title = 'Factus request budget exhausted for now';

  constructor(retryAfterSeconds: number, reason: 'wait' | 'queue_full' = 'wait') {
    super(
      reason === 'queue_full'
        ? `Too many requests are already waiting for Factus. Retry in ${retryAfterSeconds} s.`
        : `Factus allows a limited number of requests a minute and this one would wait too long. Retry in ${retryAfterSeconds} s.`,
      { retryAfterSeconds },
    );
  }
}
