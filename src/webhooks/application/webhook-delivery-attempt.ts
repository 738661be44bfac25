import { randomBytes } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { CLOCK, Clock } from '../../common/domain/clock';
import { WEBHOOKS_CONFIG, WebhooksConfig } from '../../config/config-tokens';
import { EVENT_LOG, EventLog } from '../domain/event-log.port';
import { nextAttemptAt } from '../domain/retry-schedule';
import {
  AttemptReport,
  DeliveryClaim,
  DeliveryOutcome,
  WEBHOOK_DELIVERIES,
  WEBHOOK_SENDER,
  WebhookDeliveries,
  WebhookSender,
} from '../domain/webhook-deliveries.port';
import { WEBHOOK_ENDPOINTS, WebhookEndpoints } from '../domain/webhook-endpoints.port';
import { WEBHOOK_METRICS, WebhookMetrics, DeliveryMetricOutcome } from './webhook-metrics.port';
import { WebhookTargetGuard } from './webhook-target-guard';

export const GONE_REASON = '410 Gone';

/**
 * One attempt of one claimed delivery: the target is checked again (its name may resolve to a
 * private address by now), the payload is signed and posted, and the outcome recorded: a 2xx is
 * delivered, `410 Gone` disables the endpoint, anything else is retried on the schedule until it
 * is spent (dead); an endpoint with no 2xx for `disableAfterMs` is disabled, with an event.
 */
@Injectable()
export class WebhookDeliveryAttempt {
  private readonly logger = new Logger(WebhookDeliveryAttempt.name);

  constructor(
    @Inject(WEBHOOK_DELIVERIES) private readonly deliveries: WebhookDeliveries,
    @Inject(WEBHOOK_ENDPOINTS) private readonly endpoints: WebhookEndpoints,
    @Inject(WEBHOOK_SENDER) private readonly sender: WebhookSender,
    @Inject(WEBHOOKS_CONFIG) private readonly config: WebhooksConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(WEBHOOK_METRICS) private readonly metrics: WebhookMetrics,
    @Inject(EVENT_LOG) private readonly events: EventLog,
    private readonly guard: WebhookTargetGuard,
  ) {}

  async run(claim: DeliveryClaim, owner: string): Promise<DeliveryOutcome> {
    const report = await this.send(claim);
    const now = this.clock.now();
    const { target } = claim;
    if (report.statusCode !== undefined && report.statusCode >= 200 && report.statusCode < 300) {
      await this.settle(claim, owner, report, { state: 'succeeded' }, 'succeeded');
      if (target.failingSince) await this.endpoints.markHealthy(target.endpointId);
      return { state: 'succeeded' };
    }
    if (report.statusCode === 410) {
      await this.settle(claim, owner, report, { state: 'dead' }, 'gone');
      await this.disable(claim, GONE_REASON);
      return { state: 'dead' };
    }
    const next = nextAttemptAt(this.config.retryScheduleMs, claim.attempt, now);
    const outcome: DeliveryOutcome = next
      ? { state: 'pending', nextAttemptAt: next }
      : { state: 'dead' };
    await this.settle(claim, owner, report, outcome, next ? 'failed' : 'dead');
    const since = target.failingSince ?? now;
    if (!target.failingSince) await this.endpoints.markFailing(target.endpointId, now);
    if (now.getTime() - since.getTime() >= this.config.disableAfterMs)
      await this.disable(claim, `no 2xx since ${since.toISOString()}`);
    return outcome;
  }

  private async send(claim: DeliveryClaim): Promise<AttemptReport> {
    const { event } = claim;
    const payload = JSON.stringify({
      id: event.id,
      type: event.type,
      createdAt: event.createdAt.toISOString(),
      data: event.data,
    });
    let checked;
    try {
      checked = await this.guard.check(claim.target.url);
    } catch (error) {
      return { durationMs: 0, error: `target refused: ${(error as Error).message}` };
    }
    return this.sender.send({
      url: checked.url,
      addresses: checked.addresses,
      eventId: event.id,
      payload,
      secrets: claim.target.secrets,
      timestamp: this.clock.now(),
      timeoutMs: this.config.timeoutMs,
    });
  }

  private async settle(
    claim: DeliveryClaim,
    owner: string,
    report: AttemptReport,
    outcome: DeliveryOutcome,
    metric: DeliveryMetricOutcome,
  ): Promise<void> {
    const written = await this.deliveries.settle(claim, owner, report, outcome, this.clock.now());
    this.metrics.delivered(metric);
    if (!written)
      this.logger.warn(
        `Lost the lease of delivery ${claim.deliveryId}: another replica took it over`,
      );
  }

  private async disable(claim: DeliveryClaim, reason: string): Promise<void> {
    const now = this.clock.now();
    // Several attempts may fail at once: only the one that disabled it announces it.
    if (!(await this.endpoints.disable(claim.target.endpointId, reason, now))) return;
    const { endpointId, accountKey, url } = claim.target;
    await this.events.append({
      id: `evt_${randomBytes(16).toString('hex')}`,
      accountKey,
      type: 'webhook_endpoint.disabled',
      createdAt: now,
      data: { endpointId, url, reason, disabledAt: now.toISOString() },
    });
    this.logger.warn(`Webhook endpoint ${claim.target.endpointId} disabled: ${reason}`);
  }
}
