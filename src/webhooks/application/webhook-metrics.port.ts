import type { DeliveryStats } from '../domain/webhook-deliveries.port';

export const WEBHOOK_METRICS = Symbol('WEBHOOK_METRICS');

/** How one delivery attempt ended: delivered, failed (a retry follows), dead (retries spent), 410. */
export type DeliveryMetricOutcome = 'succeeded' | 'failed' | 'dead' | 'gone';

/** What the webhook dispatcher reports, without knowing the metrics library. */
export interface WebhookMetrics {
  delivered(outcome: DeliveryMetricOutcome): void;
  /** Where the queue-depth and oldest-undelivered gauges are read from, at each scrape. */
  observe(stats: () => Promise<DeliveryStats>): void;
}

export const NO_WEBHOOK_METRICS: WebhookMetrics = {
  delivered: () => undefined,
  observe: () => undefined,
};
