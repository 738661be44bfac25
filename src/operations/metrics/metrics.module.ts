import { Global, Module } from '@nestjs/common';
import { FACTUS_METRICS } from '../../factus/factus-metrics.port';
import { HttpMetrics } from './http-metrics';
import { METRICS_REGISTRY, metricsRegistryProvider } from './metrics-registry';
import { MetricsController } from './metrics.controller';
import { PrometheusFactusMetrics } from './prometheus-factus-metrics';
import { RuntimeMetrics } from './runtime-metrics';

/** Prometheus metrics at /metrics; FACTUS_METRICS is the seam FactusHttpClient reports through. */
@Global()
@Module({
  controllers: [MetricsController],
  providers: [
    metricsRegistryProvider,
    HttpMetrics,
    RuntimeMetrics,
    { provide: FACTUS_METRICS, useClass: PrometheusFactusMetrics },
  ],
  exports: [METRICS_REGISTRY, HttpMetrics, FACTUS_METRICS],
})
export class MetricsModule {}
