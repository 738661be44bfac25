import { Module } from '@nestjs/common';
import { HealthModule } from './health/health.module';
import { LoggingModule } from './logging/logging.module';
import { MetricsModule } from './metrics/metrics.module';
import { InboundRateLimitModule } from './rate-limit/inbound-rate-limit.module';
import { ShutdownModule } from './shutdown/shutdown.module';

/** Running it like production: logs, metrics, health probes, graceful shutdown, inbound limits. */
@Module({
  imports: [LoggingModule, MetricsModule, ShutdownModule, HealthModule, InboundRateLimitModule],
})
export class OperationsModule {}
