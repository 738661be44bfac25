import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorFunction, HealthIndicatorService } from '@nestjs/terminus';
import {
  FACTUS_CONFIG,
  FactusConfig,
  READINESS_CONFIG,
  ReadinessConfig,
} from '../../config/config-tokens';
import { RedisConnection } from '../../redis/redis-connection';
import { ShutdownState } from '../shutdown/shutdown-state';
import { FactusReachability } from './factus-reachability';

/** What /health/ready checks, each under its own name so that a 503 says which part failed. */
@Injectable()
export class ReadinessChecks {
  constructor(
    private readonly indicators: HealthIndicatorService,
    @Inject(READINESS_CONFIG) private readonly readiness: ReadinessConfig,
    @Inject(FACTUS_CONFIG) private readonly factusConfig: FactusConfig,
    private readonly shutdown: ShutdownState,
    private readonly redis: RedisConnection,
    private readonly factus: FactusReachability,
  ) {}

  all(): HealthIndicatorFunction[] {
    return [
      () => this.configuration(),
      () => this.lifecycle(),
      ...(this.redis.configured ? [() => this.redisPing()] : []),
      () => this.factusReachable(),
    ];
  }

  /** Configuration was loaded and validated: the app would not run otherwise. */
  private configuration() {
    return this.indicators.check('config').up({
      environment: this.readiness.environment,
      factus: this.factusConfig.embeddedSimulator ? 'embedded simulator' : 'configured',
      managedSession: this.factusConfig.managedUser !== undefined,
      sharedState: this.redis.configured ? 'redis' : 'in-memory',
    });
  }

  private lifecycle() {
    const indicator = this.indicators.check('shutdown');
    return this.shutdown.draining
      ? indicator.down({ message: 'draining after SIGTERM: no new requests' })
      : indicator.up();
  }

  private async redisPing() {
    const indicator = this.indicators.check('redis');
    try {
      return indicator.up({ latencyMs: await this.redis.ping() });
    } catch (error) {
      return indicator.down({
        message: `no answer to PING (${error instanceof Error ? error.message : String(error)}); serving with in-memory fallbacks`,
      });
    }
  }

  private factusReachable() {
    const indicator = this.indicators.check('factus');
    const status = this.factus.status();
    return status.up
      ? indicator.up({ lastAnswerSecondsAgo: Math.round((status.lastAnswerAgeMs ?? 0) / 1000) })
      : indicator.down({ message: status.reason ?? 'unreachable' });
  }
}
