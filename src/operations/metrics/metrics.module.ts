import { Global, Module } from '@nestjs/common';
import { DOCUMENT_CACHE_METRICS } from '../../documents/application/document-cache-metrics.port';
import { FACTUS_METRICS } from '../../factus/factus-metrics.port';
import { HttpMetrics } from './http-metrics';
import { METRICS_REGISTRY, metricsRegistryProvider } from './metrics-registry';
import { MetricsController } from './metrics.controller';
import { PrometheusDocumentCacheMetrics } from './prometheus-document-cache-metrics';
import { PrometheusFactusMetrics } from './prometheus-factus-metrics';
import { PrometheusLedgerMetrics } from './prometheus-ledger-metrics';
import { LEDGER_METRICS } from '../../documents/application/ledger/ledger-metrics.port';
import { RuntimeMetrics } from './runtime-metrics';
import { PrometheusWebhookMetrics } from './prometheus-webhook-metrics';
import { WEBHOOK_METRICS } from '../../webhooks/application/webhook-metrics.port';

/**
 * Prometheus metrics at /metrics; FACTUS_METRICS and DOCUMENT_CACHE_METRICS are the seams the
 * Factus client and the document file cache report through.
 */
@Global()
@Module({
  controllers: [MetricsController],
  providers: [
    metricsRegistryProvider,
    HttpMetrics,
    RuntimeMetrics,
    { provide: FACTUS_METRICS, useClass: PrometheusFactusMetrics },
    { provide: DOCUMENT_CACHE_METRICS, useClass: PrometheusDocumentCacheMetrics },
    { provide: LEDGER_METRICS, useClass: PrometheusLedgerMetrics },
    { provide: WEBHOOK_METRICS, useClass: PrometheusWebhookMetrics },
  ],
  exports: [
    METRICS_REGISTRY,
    HttpMetrics,
    FACTUS_METRICS,
    DOCUMENT_CACHE_METRICS,
    LEDGER_METRICS,
    WEBHOOK_METRICS,
  ],
})
export class MetricsModule {}
