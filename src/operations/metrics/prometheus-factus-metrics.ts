import { Inject, Injectable } from '@nestjs/common';
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { FactusMetrics } from '../../factus/factus-metrics.port';
import { tenantLabel } from './tenant-label';
import { LATENCY_BUCKETS, METRICS_REGISTRY } from './metrics-registry';

/** FactusHttpClient's traffic as Prometheus metrics. */
@Injectable()
export class PrometheusFactusMetrics implements FactusMetrics {
  private readonly calls: Histogram<'method' | 'endpoint' | 'outcome' | 'tenant'>;
  private readonly tokens: Counter<'grant'>;
  private readonly waits: Histogram<'outcome'>;
  private pausedUntil = 0;

  constructor(@Inject(METRICS_REGISTRY) registry: Registry) {
    this.calls = new Histogram({
      name: 'factus_request_duration_seconds',
      help: 'One HTTP exchange with Factus (each retry counts), by endpoint template, outcome (HTTP status, or timeout / not_sent / connection_lost) and tenant (its id, or default for the configured Factus).',
      labelNames: ['method', 'endpoint', 'outcome', 'tenant'],
      buckets: LATENCY_BUCKETS,
      registers: [registry],
    });
    this.tokens = new Counter({
      name: 'factus_token_requests_total',
      help: 'Token requests sent to Factus, by grant (password, refresh_token).',
      labelNames: ['grant'],
      registers: [registry],
    });
    this.waits = new Histogram({
      name: 'factus_rate_limiter_wait_seconds',
      help: "Time calls waited for Factus's rate budget; outcome refused when answered 429 instead.",
      labelNames: ['outcome'],
      buckets: [0.001, 0.01, 0.05, 0.1, 0.5, 1, 2.5, 5, 10, 30, 60],
      registers: [registry],
    });
    const pause: Gauge = new Gauge({
      name: 'factus_rate_limit_pause_seconds',
      help: 'Seconds left of the pause a Factus 429 imposed (capped at FACTUS_MAX_PAUSE_MS); 0 when none.',
      registers: [registry],
      collect: () => pause.set(Math.max(0, (this.pausedUntil - Date.now()) / 1000)),
    });
  }

  rateLimitPaused(untilEpochMs: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, untilEpochMs);
  }

  callCompleted(call: {
    method: string;
    endpoint: string;
    outcome: string;
    seconds: number;
    tenant: string;
  }): void {
    this.calls.observe(
      {
        method: call.method,
        endpoint: call.endpoint,
        outcome: call.outcome,
        tenant: tenantLabel(call.tenant),
      },
      call.seconds,
    );
  }

  tokenRequested(grant: string): void {
    // Only the two grants the service sends; anything else would be a bug, not a new label.
    this.tokens.inc({ grant: grant === 'password' || grant === 'refresh_token' ? grant : 'other' });
  }

  limiterWaited(seconds: number, outcome: 'granted' | 'refused'): void {
    this.waits.observe({ outcome }, seconds);
  }
}
