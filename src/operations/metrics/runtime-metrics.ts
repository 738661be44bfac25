import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { Gauge, Registry } from 'prom-client';
import { DEFAULT_TENANT_LABEL } from '../../factus/factus-call';
import { FactusHttpClient } from '../../factus/factus-http.client';
import { tenantLabel } from './tenant-label';
import { FACTUS_RATE_LIMITER, FactusRateLimiter } from '../../factus/resilience/rate-limiter.port';
import { ShutdownState } from '../shutdown/shutdown-state';
import { METRICS_REGISTRY } from './metrics-registry';

const BREAKER_VALUE = { closed: 0, 'half-open': 1, open: 2 } as const;

/**
 * Gauges read when Prometheus scrapes, from the components that already keep the numbers: nothing
 * on the request path pays for them.
 */
@Injectable()
export class RuntimeMetrics implements OnModuleInit {
  constructor(
    @Inject(METRICS_REGISTRY) private readonly registry: Registry,
    @Inject(FACTUS_RATE_LIMITER) private readonly limiter: FactusRateLimiter,
    private readonly factus: FactusHttpClient,
    private readonly shutdown: ShutdownState,
  ) {}

  onModuleInit(): void {
    const registers = [this.registry];
    const { limiter, factus, shutdown } = this;

    new Gauge({
      name: 'http_requests_in_flight',
      help: 'Inbound requests being served now (health and metrics excluded).',
      registers,
      collect() {
        this.set(shutdown.inFlightRequests);
      },
    });
    new Gauge({
      name: 'factus_rate_limiter_queue_depth',
      help: "Calls of this replica waiting for Factus's rate budget.",
      registers,
      collect() {
        this.set(limiter.queueDepth());
      },
    });
    new Gauge({
      name: 'factus_circuit_breaker_state',
      help: 'Circuit breaker toward Factus, per tenant (default: the configured Factus): 0 closed, 1 half-open (probing), 2 open (failing fast).',
      labelNames: ['tenant'],
      registers,
      collect() {
        const value = (state: string) => BREAKER_VALUE[state as keyof typeof BREAKER_VALUE] ?? 0;
        // Reset first: a tenant whose breaker this replica forgot drops out instead of going stale.
        this.reset();
        this.set({ tenant: DEFAULT_TENANT_LABEL }, value(factus.breakerState));
        for (const [tenant, state] of factus.tenantBreakerStates())
          this.set({ tenant: tenantLabel(tenant) }, value(state));
      },
    });
  }
}
