import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { CLOCK, Clock } from '../../common/domain/clock';
import { IDEMPOTENCY_CONFIG, IdempotencyConfig } from '../../config/config-tokens';
import { IDEMPOTENCY_STORE, IdempotencyStore } from '../domain/idempotency-store.port';

/** At most this long between sweeps; a short lifetime sweeps as often as it expires. */
const MAX_INTERVAL_MS = 15 * 60_000;

/**
 * Deletes expired keys now and then (one indexed DELETE), so that keys nobody sends again do not
 * pile up; keys that are sent again are dropped on the spot by `begin`. The timer is unref'ed
 * (it never keeps the process alive) and stopped with the module.
 */
@Injectable()
export class IdempotencySweeper implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(IdempotencySweeper.name);
  private timer?: NodeJS.Timeout;

  constructor(
    @Inject(IDEMPOTENCY_STORE) private readonly store: IdempotencyStore,
    @Inject(IDEMPOTENCY_CONFIG) private readonly config: IdempotencyConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    const every = Math.max(1_000, Math.min(this.config.ttlMs, MAX_INTERVAL_MS));
    this.timer = setInterval(() => void this.sweep(), every);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  async sweep(): Promise<number> {
    try {
      return await this.store.sweep(this.clock.now());
    } catch (error) {
      this.logger.warn(`Could not delete expired Idempotency-Keys: ${String(error)}`);
      return 0;
    }
  }
}
