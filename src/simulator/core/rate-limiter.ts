import type { Clock } from '../simulator-clock';

export interface RateDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the window resets (>= 1 when refused). */
  retryAfterSeconds: number;
  /** Epoch seconds when the window resets. */
  resetAt: number;
}

/**
 * Laravel's throttle as Factus applies it: a fixed window per user that starts at the user's first
 * request; past the limit every request is refused with 429 until the window ends.
 */
export class FixedWindowRateLimiter {
  private readonly windows = new Map<string, { startedAt: number; count: number }>();

  constructor(
    private readonly clock: Clock,
    private readonly settings: () => { rateLimit: number; rateWindowMs: number },
  ) {}

  hit(key: string): RateDecision {
    const { rateLimit, rateWindowMs } = this.settings();
    const now = this.clock();
    let window = this.windows.get(key);
    if (!window || now - window.startedAt >= rateWindowMs) {
      window = { startedAt: now, count: 0 };
      this.windows.set(key, window);
    }
    const resetMs = window.startedAt + rateWindowMs;
    const allowed = window.count < rateLimit;
    if (allowed) window.count += 1;
    return {
      allowed,
      limit: rateLimit,
      remaining: Math.max(0, rateLimit - window.count),
      retryAfterSeconds: Math.max(1, Math.ceil((resetMs - now) / 1000)),
      resetAt: Math.ceil(resetMs / 1000),
    };
  }

  clear(): void {
    this.windows.clear();
  }
}
