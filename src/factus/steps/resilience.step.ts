import type { FactusResilience } from '../resilience/factus-resilience';
import type { FactusAttempt, FactusSender } from './factus-sender';

/**
 * Retries (reads by default, creation when the call says it is safe) inside the circuit breaker.
 * Each try goes down the rest of the steps again, so it spends budget and counts as an attempt.
 */
export class ResilienceStep implements FactusSender {
  constructor(
    private readonly resilience: FactusResilience,
    private readonly next: FactusSender,
  ) {}

  send(attempt: FactusAttempt) {
    const { call } = attempt;
    let tries = 0;
    return this.resilience.execute(
      () => {
        tries += 1;
        return this.next.send({ ...attempt, attempt: tries });
      },
      // A timed-out write may have been stored: only reads are retried after a timeout.
      { retryable: call.retryable ?? call.method === 'GET', retryOnTimeout: call.method === 'GET' },
    );
  }
}
