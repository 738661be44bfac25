import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import {
  BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { CLOCK, Clock } from '../../common/domain/clock';
import { PollingLoop } from '../../common/work/polling-loop';
import { WEBHOOKS_CONFIG, WebhooksConfig } from '../../config/config-tokens';
import {
  DeliveryClaim,
  WEBHOOK_DELIVERIES,
  WebhookDeliveries,
} from '../domain/webhook-deliveries.port';
import { WebhookDeliveryAttempt } from './webhook-delivery-attempt';
import { WEBHOOK_METRICS, WebhookMetrics } from './webhook-metrics.port';

/** Events fanned out per statement (a backlog is worked through a batch per tick). */
const FAN_OUT_BATCH = 100;
/** Past the attempt's own deadline, so a live attempt is never taken over. */
const LEASE_MARGIN_MS = 30_000;

/**
 * Fans events out into deliveries and sends the deliveries due, like the ledger worker: every
 * `pollMs`, and again at once while there is more; at most `concurrency` at a time, each under a
 * lease (a replica that dies mid-attempt is taken over once it expires). On shutdown it stops
 * claiming, lets the attempts under way finish, and hands the remaining leases back.
 */
@Injectable()
export class WebhookDispatcher implements OnApplicationBootstrap, BeforeApplicationShutdown {
  readonly owner = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private readonly logger = new Logger(WebhookDispatcher.name);
  private readonly inFlight = new Set<Promise<unknown>>();
  private running = 0;
  private stopping = false;
  private readonly loop: PollingLoop;

  constructor(
    @Inject(WEBHOOK_DELIVERIES) private readonly deliveries: WebhookDeliveries,
    @Inject(WEBHOOKS_CONFIG) private readonly config: WebhooksConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(WEBHOOK_METRICS) private readonly metrics: WebhookMetrics,
    private readonly attempt: WebhookDeliveryAttempt,
  ) {
    this.loop = new PollingLoop(() => this.tick(), this.config.pollMs);
  }

  onApplicationBootstrap(): void {
    this.metrics.observe(() => this.deliveries.stats(this.clock.now()));
    this.loop.start();
  }

  /** Look for events and due deliveries now (an event was written, or one was redelivered). */
  kick(): void {
    if (!this.stopping) this.loop.kick();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    // A tick under way may still claim: wait for it, so that its claims are in flight below.
    await this.loop.stop();
    await Promise.allSettled([...this.inFlight]);
    try {
      const released = await this.deliveries.releaseAll(this.owner);
      if (released > 0) this.logger.log(`Handed ${released} webhook delivery lease(s) back`);
    } catch (error) {
      // The leases then expire and are taken over: nothing is lost, only later.
      this.logger.warn(`Could not hand the webhook leases back at shutdown: ${String(error)}`);
    }
  }

  private async tick(): Promise<void> {
    try {
      const fanned = await this.deliveries.fanOut(
        FAN_OUT_BATCH,
        this.config.retryScheduleMs[0] ?? 0,
        this.clock.now(),
      );
      if (fanned === FAN_OUT_BATCH) this.loop.again();
    } catch (error) {
      this.logger.warn(`Could not fan events out: ${String(error)}`);
    }
    const free = this.config.concurrency - this.running;
    if (free <= 0 || this.stopping) return;
    let claims: DeliveryClaim[];
    try {
      const leaseMs = this.config.timeoutMs + LEASE_MARGIN_MS;
      claims = await this.deliveries.claimDue(this.owner, leaseMs, free, this.clock.now());
    } catch (error) {
      this.logger.warn(`Could not claim webhook deliveries: ${String(error)}`);
      return;
    }
    for (const claim of claims) this.track(this.process(claim));
    if (claims.length === free) this.loop.again();
  }

  private track(work: Promise<unknown>): void {
    this.inFlight.add(work);
    work.finally(() => this.inFlight.delete(work)).catch(() => undefined);
  }

  private async process(claim: DeliveryClaim): Promise<void> {
    this.running += 1;
    if (claim.takenOverFrom)
      this.logger.warn(`Took delivery ${claim.deliveryId} over from ${claim.takenOverFrom}`);
    try {
      // A success may unblock the next event of the same document: the kick below looks again.
      await this.attempt.run(claim, this.owner);
    } catch (error) {
      // The database failed under us: the lease runs out and the delivery is taken over later.
      this.logger.error(`Could not record delivery ${claim.deliveryId}: ${String(error)}`);
    } finally {
      this.running -= 1;
      this.kick();
    }
  }
}
