import {
  BrokenCircuitError,
  CircuitBreakerPolicy,
  CircuitState,
  ConsecutiveBreaker,
  ExponentialBackoff,
  IPolicy,
  circuitBreaker,
  handleWhen,
  retry,
  wrap,
} from 'cockatiel';
import type { FactusConfig } from '../../config/config-tokens';
import {
  FactusApiError,
  FactusBadResponseError,
  FactusTimeoutError,
  FactusUnavailableError,
} from '../factus.errors';

/** Failures that say Factus itself is unwell (they open the breaker); 4xx answers do not. */
function isFactusFailure(error: Error): boolean {
  if (error instanceof FactusUnavailableError) return error.reason !== 'breaker_open';
  return error instanceof FactusTimeoutError || error instanceof FactusBadResponseError;
}

/** Network errors, 5xx (503 included) and 429 are worth another try; other 4xx never are. */
function isRetryable(error: Error, retryOnTimeout: boolean): boolean {
  if (error instanceof FactusUnavailableError) return error.reason !== 'breaker_open';
  if (error instanceof FactusBadResponseError) return error.upstreamStatus !== undefined;
  if (error instanceof FactusApiError) return error.status === 429;
  if (error instanceof FactusTimeoutError) return retryOnTimeout;
  return false;
}

export interface ExecuteOptions {
  /** Safe to send again (reads; creation deduplicated by reference_code). */
  retryable: boolean;
  /**
   * Retry after a timeout too. Only for reads: a timed-out creation may have been stored, and is
   * settled by looking it up by reference instead (see FactusInvoiceGateway).
   */
  retryOnTimeout: boolean;
}

/**
 * Retries with exponential backoff and decorrelated jitter (bounded attempts and delay) around
 * one circuit breaker for the Factus base URL. While the breaker is open, calls fail at once with
 * a 503 that says when to come back.
 */
export class FactusResilience {
  private readonly breaker: CircuitBreakerPolicy;
  private readonly withRetry: IPolicy;
  private readonly withReadRetry: IPolicy;
  private openedAt = 0;

  constructor(private readonly config: Pick<FactusConfig, 'retry' | 'breaker'>) {
    this.breaker = circuitBreaker(handleWhen(isFactusFailure), {
      halfOpenAfter: config.breaker.openMs,
      breaker: new ConsecutiveBreaker(config.breaker.threshold),
    });
    this.breaker.onBreak(() => (this.openedAt = Date.now()));
    const backoff = new ExponentialBackoff({
      initialDelay: config.retry.baseDelayMs,
      maxDelay: config.retry.maxDelayMs,
    });
    this.withRetry = wrap(
      retry(
        handleWhen((e) => isRetryable(e, false)),
        { maxAttempts: config.retry.maxRetries, backoff },
      ),
      this.breaker,
    );
    this.withReadRetry = wrap(
      retry(
        handleWhen((e) => isRetryable(e, true)),
        { maxAttempts: config.retry.maxRetries, backoff },
      ),
      this.breaker,
    );
  }

  get breakerState(): 'closed' | 'open' | 'half-open' {
    switch (this.breaker.state) {
      case CircuitState.Open:
      case CircuitState.Isolated:
        return 'open';
      case CircuitState.HalfOpen:
        return 'half-open';
      default:
        return 'closed';
    }
  }

  async execute<T>(fn: () => Promise<T>, options: ExecuteOptions): Promise<T> {
    const policy = !options.retryable
      ? this.breaker
      : options.retryOnTimeout
        ? this.withReadRetry
        : this.withRetry;
    try {
      return await policy.execute(fn);
    } catch (error) {
      if (error instanceof BrokenCircuitError) {
        const remainingMs = Math.max(0, this.openedAt + this.config.breaker.openMs - Date.now());
        throw new FactusUnavailableError(
          'Factus has been failing; calls are paused for a moment to let it recover (circuit breaker open).',
          Math.max(1, Math.ceil(remainingMs / 1000)),
          undefined,
          'breaker_open',
        );
      }
      throw error;
    }
  }
}
