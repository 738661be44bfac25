import { Inject, Injectable } from '@nestjs/common';
import { Counter, Gauge, Registry } from 'prom-client';
import type {
  DeliveryMetricOutcome,
  WebhookMetrics,
} from '../../webhooks/application/webhook-metrics.port';
import type { DeliveryStats } from '../../webhooks/domain/webhook-deliveries.port';
import { METRICS_REGISTRY } from './metrics-registry';

/**
 * Webhook deliveries as Prometheus metrics: attempts by outcome (this replica's), and the queue
 * depth and the age of the oldest undelivered delivery (read from the database at each scrape,
 * so every replica reports the shared truth).
 */
@Injectable()
export class PrometheusWebhookMetrics implements WebhookMetrics {
  private readonly deliveries: Counter<'outcome'>;
  private source?: () => Promise<DeliveryStats>;

  constructor(@Inject(METRICS_REGISTRY) registry: Registry) {
    const registers = [registry];
    this.deliveries = new Counter({
      name: 'webhook_deliveries_total',
      help: 'Webhook delivery attempts by outcome: succeeded, failed (retried), dead (retries spent), gone (410: endpoint disabled).',
      labelNames: ['outcome'],
      registers,
    });
    const stats = () => this.read();
    new Gauge({
      name: 'webhook_deliveries_pending',
      help: 'Deliveries waiting to be sent to enabled endpoints (queue depth).',
      registers,
      async collect() {
        this.set((await stats())?.pending ?? 0);
      },
    });
    new Gauge({
      name: 'webhook_oldest_undelivered_seconds',
      help: 'Age of the oldest delivery still pending (0 when none).',
      registers,
      async collect() {
        this.set(((await stats())?.oldestPendingMs ?? 0) / 1000);
      },
    });
  }

  delivered(outcome: DeliveryMetricOutcome): void {
    this.deliveries.inc({ outcome });
  }

  observe(stats: () => Promise<DeliveryStats>): void {
    this.source = stats;
  }

  /** A scrape never fails because the database is slow or down. */
  private async read(): Promise<DeliveryStats | undefined> {
    try {
      return await this.source?.();
    } catch {
      return undefined;
    }
  }
}
