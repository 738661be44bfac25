import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { RedisModule } from '../../redis/redis.module';
import { FactusReachability } from './factus-reachability';
import { HealthController } from './health.controller';
import { ReadinessChecks } from './readiness-checks';

@Module({
  // Readiness changes are logged once by the controller, not on every failed probe.
  imports: [TerminusModule.forRoot({ logger: false }), RedisModule],
  controllers: [HealthController],
  providers: [FactusReachability, ReadinessChecks],
})
export class HealthModule {}
