import { Inject, Injectable } from '@nestjs/common';
import { Counter, Gauge, Registry } from 'prom-client';
import type { DocumentCacheMetrics } from '../../documents/application/document-cache-metrics.port';
import { METRICS_REGISTRY } from './metrics-registry';

/** The document file cache's hits, misses and size as Prometheus metrics. */
@Injectable()
export class PrometheusDocumentCacheMetrics implements DocumentCacheMetrics {
  private readonly hits: Counter;
  private readonly misses: Counter;
  private readonly bytes: Gauge;

  constructor(@Inject(METRICS_REGISTRY) registry: Registry) {
    const registers = [registry];
    this.hits = new Counter({
      name: 'document_cache_hits_total',
      help: 'PDF and XML downloads served from the in-memory document cache.',
      registers,
    });
    this.misses = new Counter({
      name: 'document_cache_misses_total',
      help: 'PDF and XML downloads that had to ask Factus.',
      registers,
    });
    this.bytes = new Gauge({
      name: 'document_cache_bytes',
      help: 'Bytes held by the document cache (bounded by DOCUMENT_CACHE_MAX_BYTES).',
      registers,
    });
  }

  hit(): void {
    this.hits.inc();
  }

  miss(): void {
    this.misses.inc();
  }

  occupancy(bytes: number): void {
    this.bytes.set(bytes);
  }
}
