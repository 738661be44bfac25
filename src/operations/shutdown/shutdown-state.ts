import { Injectable } from '@nestjs/common';

/**
 * Whether the service is draining (SIGTERM received) and how many requests are in flight. Health
 * and metrics requests are not counted: the drain waits for work, not for probes.
 */
@Injectable()
export class ShutdownState {
  private drainStartedAt?: number;
  private inFlight = 0;
  private idleWaiters: (() => void)[] = [];

  get draining(): boolean {
    return this.drainStartedAt !== undefined;
  }

  get inFlightRequests(): number {
    return this.inFlight;
  }

  beginDrain(): void {
    this.drainStartedAt ??= Date.now();
  }

  requestStarted(): void {
    this.inFlight += 1;
  }

  requestFinished(): void {
    this.inFlight = Math.max(0, this.inFlight - 1);
    if (this.inFlight > 0) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    waiters.forEach((resolve) => resolve());
  }

  /** Resolves once no counted request is in flight. */
  whenIdle(): Promise<void> {
    if (this.inFlight === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }
}
