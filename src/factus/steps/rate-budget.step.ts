import type { FactusMetrics } from '../factus-metrics.port';
import { FactusApiError } from '../factus.errors';
import type { FactusRateLimiter } from '../resilience/rate-limiter.port';
import type { FactusAttempt, FactusSender } from './factus-sender';

/**
 * Every attempt waits for its account's rate budget (retries included: each is a request Factus
 * counts), and a 429 holds the whole account for as long as Factus asks.
 */
export class RateBudgetStep implements FactusSender {
  constructor(
    private readonly limiter: FactusRateLimiter,
    private readonly metrics: FactusMetrics,
    private readonly next: FactusSender,
  ) {}

  async send(attempt: FactusAttempt) {
    const { call } = attempt;
    const rateKey = call.rateKey ?? call.session?.accountKey ?? 'anonymous';
    await this.waitForBudget(rateKey);
    try {
      return await this.next.send(attempt);
    } catch (error) {
      if (error instanceof FactusApiError && error.status === 429) {
        this.limiter.pause(rateKey, (error.retryAfterSeconds ?? 1) * 1000);
      }
      throw error;
    }
  }

  private async waitForBudget(rateKey: string): Promise<void> {
    const started = performance.now();
    try {
      await this.limiter.acquire(rateKey);
      this.metrics.limiterWaited(secondsSince(started), 'granted');
    } catch (error) {
      this.metrics.limiterWaited(secondsSince(started), 'refused');
      throw error;
    }
  }
}

function secondsSince(started: number): number {
  return (performance.now() - started) / 1000;
}
