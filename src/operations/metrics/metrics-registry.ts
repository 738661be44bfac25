import type { Provider } from '@nestjs/common';
import { collectDefaultMetrics, Registry } from 'prom-client';

export const METRICS_REGISTRY = Symbol('METRICS_REGISTRY');

/**
 * One registry per app rather than prom-client's global one, so that two apps in one process (the
 * tests) do not collide. Holds Node's default process metrics too.
 */
export const metricsRegistryProvider: Provider = {
  provide: METRICS_REGISTRY,
  useFactory: () => {
    const registry = new Registry();
    collectDefaultMetrics({ register: registry });
    return registry;
  },
};

/** Seconds, for latencies from a few milliseconds (local answers) to Factus's DIAN round trips. */
export const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];
