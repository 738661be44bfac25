import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { Counter, Gauge, Registry } from 'prom-client';
import { FactusHttpClient } from '../../factus/factus-http.client';
import { FACTUS_RATE_LIMITER, FactusRateLimiter } from '../../factus/resilience/rate-limiter.port';
import { DocumentFileCache } from '../../documents/application/document-file-cache';
import { ShutdownState } from '../shutdown/shutdown-state';
import { METRICS_REGISTRY } from './metrics-registry';

const BREAKER_VALUE = { closed: 0, 'half-open': 1, open: 2 } as const;

interface CacheStats {
  hits: number;
  misses: number;
  bytes: number;
  entries: number;
}

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
    private readonly moduleRef: ModuleRef,
  ) {}

  onModuleInit(): void {
    const registers = [this.registry];
    const { limiter, factus, shutdown } = this;
    const cacheStats = () => this.documentCacheStats();

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
      help: 'Circuit breaker toward Factus: 0 closed, 1 half-open (probing), 2 open (failing fast).',
      registers,
      collect() {
        this.set(BREAKER_VALUE[factus.breakerState as keyof typeof BREAKER_VALUE] ?? 0);
      },
    });
    new Counter({
      name: 'document_cache_hits_total',
      help: 'PDF and XML downloads served from the in-memory document cache.',
      registers,
      collect() {
        const stats = cacheStats();
        if (!stats) return;
        this.reset();
        this.inc(stats.hits);
      },
    });
    new Counter({
      name: 'document_cache_misses_total',
      help: 'PDF and XML downloads that had to ask Factus.',
      registers,
      collect() {
        const stats = cacheStats();
        if (!stats) return;
        this.reset();
        this.inc(stats.misses);
      },
    });
    new Gauge({
      name: 'document_cache_bytes',
      help: 'Bytes held by the document cache (bounded by DOCUMENT_CACHE_MAX_BYTES).',
      registers,
      collect() {
        this.set(cacheStats()?.bytes ?? 0);
      },
    });
  }

  /** Looked up lazily and loosely: the invoices feature owns the cache (shared by notes) and may not be loaded. */
  private documentCacheStats(): CacheStats | undefined {
    try {
      return this.moduleRef.get(DocumentFileCache, { strict: false }).stats;
    } catch {
      return undefined;
    }
  }
}
