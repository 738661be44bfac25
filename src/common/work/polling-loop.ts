/**
 * A background loop for workers that poll shared state (the ledger, webhook deliveries): `tick`
 * runs once `start`ed, then every `intervalMs`, and at once when `kick`ed. Never two ticks at a
 * time: a kick during a tick, or `again()` from inside it (a full batch, a freed slot), runs the
 * next one right after. `stop` ends it; the timer never keeps the process alive.
 */
export class PollingLoop {
  private started = false;
  private stopped = false;
  private ticking = false;
  private rerun = false;
  private timer?: NodeJS.Timeout;
  private current: Promise<void> = Promise.resolve();

  constructor(
    private readonly tick: () => Promise<void>,
    private readonly intervalMs: number,
  ) {}

  start(): void {
    this.started = true;
    this.kick();
  }

  /** No tick starts after this; resolves once the tick under way (if any) has ended. */
  stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    return this.current;
  }

  /** Run a tick now, or right after the current one. */
  kick(): void {
    if (!this.started || this.stopped) return;
    if (this.ticking) {
      this.rerun = true;
      return;
    }
    clearTimeout(this.timer);
    this.ticking = true;
    this.current = this.tick()
      .catch(() => undefined) // a tick reports its own failures; the loop goes on
      .finally(() => {
        this.ticking = false;
        if (this.rerun) {
          this.rerun = false;
          this.kick();
        } else this.schedule();
      });
  }

  /** From inside a tick: there is more to do, run the next one at once. */
  again(): void {
    this.rerun = true;
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => this.kick(), this.intervalMs);
    this.timer.unref();
  }
}
