import { Inject, Injectable } from '@nestjs/common';
import { Histogram, Registry } from 'prom-client';
import { LATENCY_BUCKETS, METRICS_REGISTRY } from './metrics-registry';

/** Label of requests that matched no route: their URLs never become label values. */
export const UNMATCHED_ROUTE = 'unmatched';

/** Inbound requests, by route template (never the concrete URL), method and status. */
@Injectable()
export class HttpMetrics {
  private readonly duration: Histogram<'method' | 'route' | 'status_code'>;

  constructor(@Inject(METRICS_REGISTRY) registry: Registry) {
    this.duration = new Histogram({
      name: 'http_request_duration_seconds',
      help: 'Time to answer an inbound request, by route template, method and status code.',
      labelNames: ['method', 'route', 'status_code'],
      buckets: LATENCY_BUCKETS,
      registers: [registry],
    });
  }

  observe(method: string, route: string, status: number, seconds: number): void {
    this.duration.observe({ method, route, status_code: String(status) }, seconds);
  }
}
