import { Controller, Get, Header, Inject, Res } from '@nestjs/common';
import { ROUTES } from '../../http/routes';
import { ApiExcludeController } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import type { FastifyReply } from 'fastify';
import type { Registry } from 'prom-client';
import { SkipApiKey } from '../../common/http/skip-api-key.decorator';
import { METRICS_REGISTRY } from './metrics-registry';

/**
 * Prometheus scrape endpoint, outside /api/v1, without API key or rate limit. It says nothing
 * secret, but keep it off the public ingress (only /api/v1 belongs there).
 */
@ApiExcludeController()
@SkipApiKey()
@SkipThrottle()
@Controller(ROUTES.metrics)
export class MetricsController {
  constructor(@Inject(METRICS_REGISTRY) private readonly registry: Registry) {}

  @Get()
  @Header('cache-control', 'no-store')
  async scrape(@Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    void reply.header('content-type', this.registry.contentType);
    return this.registry.metrics();
  }
}
