import { accountOf } from '../factus-call';
import type { FactusMetrics } from '../factus-metrics.port';
import { FactusApiError } from '../factus.errors';
import type { FactusRateLimiter } from '../resilience/rate-limiter.port';
import type { FactusAttempt, FactusSender } from './factus-sender';

/** The latest pause a Factus 429 imposed, as readiness and metrics show it. */
export interface FactusPause {
  /** Whose budget was paused (an account key such as `user:ops@company.co`). */
  rateKey: string;
  untilEpochMs: number;
  /** What Factus asked for, before the cap. */
  requestedMs: number;
}

/**
 * Every attempt waits for its account's rate budget (retries included: each is a request Factus
 * counts), and a 429 holds the whole account for as long as Factus asks, but never longer than
 * `maxPauseMs`: a Retry-After of a year (or a broken header) would otherwise stop the account
 * for that long, and with Redis the pause outlives restarts.
 */
export class RateBudgetStep implements FactusSender {
  private latestPause?: FactusPause;

  constructor(
    private readonly limiter: FactusRateLimiter,
    private readonly metrics: FactusMetrics,
    private readonly next: FactusSender,
    private readonly maxPauseMs = 300_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** The pause still running, if any. */
  get pause(): FactusPause | undefined {
    const pause = this.latestPause;
    return pause && pause.untilEpochMs > this.now() ? pause : undefined;
  }

  async send(attempt: FactusAttempt) {
    const { call } = attempt;
    const rateKey = call.rateKey ?? call.session?.accountKey ?? 'anonymous';
    // A tenant's account brings its own budget; others spend the configured FACTUS_RATE_LIMIT.
    await this.waitForBudget(rateKey, accountOf(call)?.rateLimit);
    try {
      return await this.next.send(attempt);
    } catch (error) {
      if (error instanceof FactusApiError && error.status === 429) {
        this.pauseFor(rateKey, (error.retryAfterSeconds ?? 1) * 1000);
      }
      throw error;
    }
  }

  private pauseFor(rateKey: string, requestedMs: number): void {
    const pauseMs = Math.min(Math.max(requestedMs, 0), this.maxPauseMs);
    this.limiter.pause(rateKey, pauseMs);
    const untilEpochMs = this.now() + pauseMs;
    if (!this.pause || untilEpochMs >= this.pause.untilEpochMs) {
      this.latestPause = { rateKey, untilEpochMs, requestedMs };
    }
    this.metrics.rateLimitPaused(untilEpochMs);
  }

  private async waitForBudget(rateKey: string, limit: number | undefined): Promise<void> {
    const started = performance.now();
    try {
      await this.limiter.acquire(rateKey, limit);
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
