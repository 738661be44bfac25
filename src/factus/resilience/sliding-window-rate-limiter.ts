import type { FactusRateLimiter } from './rate-limiter.port';
import { RateLimitQueueTimeoutError } from './rate-limit.errors';
import { effectiveLimit, windowSpanMs } from './window-span';

export interface SlidingWindowOptions {
  limit: number;
  windowMs: number;
  queueTimeoutMs: number;
  maxQueue: number;
  /**
   * Extra room added to the window: Factus counts arrivals, we count departures, and two requests
   * may take different times to arrive. Defaults to 2 % of the window (250 ms to 1 s).
   */
  marginMs?: number;
  now?: () => number;
}

interface Waiter {
  resolve: () => void;
  reject: (error: Error) => void;
  deadline: number;
  timer?: NodeJS.Timeout;
}

interface KeyState {
  /** This key's budget per window: the configured limit, or the one its last acquire gave. */
  limit: number;
  /** Send times of the most recent grants (at most `limit`), oldest first. */
  grants: number[];
  queue: Waiter[];
  pausedUntil: number;
  timer?: NodeJS.Timeout;
}

/**
 * A sliding-window log per key: never more than `limit` requests in any `windowMs + margin`, which
 * also keeps within Factus's fixed window wherever it starts. Requests over the budget wait in a
 * FIFO queue; one that could not be sent before its deadline is refused at once, not after waiting.
 */
export class SlidingWindowRateLimiter implements FactusRateLimiter {
  private readonly keys = new Map<string, KeyState>();
  private readonly now: () => number;
  private readonly span: number;

  constructor(private readonly options: SlidingWindowOptions) {
    this.now = options.now ?? Date.now;
    this.span = windowSpanMs(options.windowMs, options.marginMs);
  }

  acquire(key: string, limit?: number): Promise<void> {
    const state = this.state(key);
    state.limit = effectiveLimit(limit, this.options.limit);
    const now = this.now();
    this.prune(state, now);
    if (state.queue.length === 0 && now >= state.pausedUntil && state.grants.length < state.limit) {
      state.grants.push(now);
      return Promise.resolve();
    }
    if (state.queue.length >= this.options.maxQueue) {
      return Promise.reject(
        new RateLimitQueueTimeoutError(
          this.secondsUntil(this.projectedSlot(state, now), now),
          'queue_full',
        ),
      );
    }
    const slot = this.projectedSlot(state, now);
    if (slot - now > this.options.queueTimeoutMs) {
      return Promise.reject(new RateLimitQueueTimeoutError(this.secondsUntil(slot, now)));
    }
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = { resolve, reject, deadline: now + this.options.queueTimeoutMs };
      // A Factus 429 may push the slot past the deadline after we queued; never wait beyond it.
      waiter.timer = setTimeout(() => this.expire(key, waiter), this.options.queueTimeoutMs + 1);
      waiter.timer.unref?.();
      state.queue.push(waiter);
      this.schedule(key, state);
    });
  }

  pause(key: string, retryAfterMs: number): void {
    const state = this.state(key);
    state.pausedUntil = Math.max(state.pausedUntil, this.now() + retryAfterMs);
    this.schedule(key, state);
  }

  queueDepth(): number {
    let depth = 0;
    for (const state of this.keys.values()) depth += state.queue.length;
    return depth;
  }

  /** When the request that joins the queue now would be sent. */
  private projectedSlot(state: KeyState, now: number): number {
    const times = [...state.grants];
    let slot = now;
    for (let i = 0; i <= state.queue.length; i += 1) {
      const reference =
        times.length >= state.limit ? times[times.length - state.limit] + this.span : now;
      slot = Math.max(now, state.pausedUntil, reference, slot);
      times.push(slot);
    }
    return slot;
  }

  private schedule(key: string, state: KeyState): void {
    if (state.timer) clearTimeout(state.timer);
    state.timer = undefined;
    if (state.queue.length === 0) return;
    const now = this.now();
    this.prune(state, now);
    const free =
      state.grants.length < state.limit
        ? now
        : state.grants[state.grants.length - state.limit] + this.span;
    const at = Math.max(free, state.pausedUntil);
    if (at <= now) {
      this.release(key, state);
      return;
    }
    state.timer = setTimeout(() => this.release(key, state), at - now);
    state.timer.unref?.();
  }

  private release(key: string, state: KeyState): void {
    const now = this.now();
    this.prune(state, now);
    while (
      state.queue.length > 0 &&
      now >= state.pausedUntil &&
      state.grants.length < state.limit
    ) {
      const waiter = state.queue.shift() as Waiter;
      if (waiter.timer) clearTimeout(waiter.timer);
      state.grants.push(now);
      waiter.resolve();
    }
    this.schedule(key, state);
    if (state.queue.length === 0 && state.grants.length === 0 && now >= state.pausedUntil)
      this.keys.delete(key);
  }

  private expire(key: string, waiter: Waiter): void {
    const state = this.keys.get(key);
    if (!state) return;
    const index = state.queue.indexOf(waiter);
    if (index < 0) return;
    state.queue.splice(index, 1);
    const now = this.now();
    waiter.reject(
      new RateLimitQueueTimeoutError(this.secondsUntil(this.projectedSlot(state, now), now)),
    );
    this.schedule(key, state);
  }

  private prune(state: KeyState, now: number): void {
    while (state.grants.length > 0 && state.grants[0] + this.span <= now) state.grants.shift();
  }

  private state(key: string): KeyState {
    let state = this.keys.get(key);
    if (!state) {
      if (this.keys.size >= 10_000) this.sweep();
      state = { limit: this.options.limit, grants: [], queue: [], pausedUntil: 0 };
      this.keys.set(key, state);
    }
    return state;
  }

  /** Forgets idle keys (pass-through callers each have their own), so memory stays bounded. */
  private sweep(): void {
    const now = this.now();
    for (const [key, state] of this.keys) {
      this.prune(state, now);
      if (state.queue.length === 0 && state.grants.length === 0 && now >= state.pausedUntil)
        this.keys.delete(key);
    }
  }

  private secondsUntil(at: number, now: number): number {
    return Math.max(1, Math.ceil((at - now) / 1000));
  }
}
