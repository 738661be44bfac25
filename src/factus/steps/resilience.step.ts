import { accountOf } from '../factus-call';
import { AccountResilience } from '../resilience/account-resilience';
import type { FactusResilience } from '../resilience/factus-resilience';
import type { FactusAttempt, FactusSender } from './factus-sender';

/**
 * Retries (reads by default, creation when the call says it is safe) inside the circuit breaker
 * of the call's account (a tenant's own, else the configured Factus's), when given one per
 * account. Each try goes down the rest of the steps again, so it spends budget and counts as an
 * attempt.
 */
export class ResilienceStep implements FactusSender {
  constructor(
    private readonly resilience: FactusResilience | AccountResilience,
    private readonly next: FactusSender,
  ) {}

  send(attempt: FactusAttempt) {
    const { call } = attempt;
    const resilience =
      this.resilience instanceof AccountResilience
        ? this.resilience.of(accountOf(call))
        : this.resilience;
    let tries = 0;
    return resilience.execute(
      () => {
        tries += 1;
        return this.next.send({ ...attempt, attempt: tries });
      },
      // A timed-out write may have been stored: only reads are retried after a timeout.
      { retryable: call.retryable ?? call.method === 'GET', retryOnTimeout: call.method === 'GET' },
    );
  }
}
