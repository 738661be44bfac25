import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorFunction, HealthIndicatorService } from '@nestjs/terminus';
import {
  FACTUS_CONFIG,
  FactusConfig,
  READINESS_CONFIG,
  ReadinessConfig,
} from '../../config/config-tokens';
import { FactusHttpClient } from '../../factus/factus-http.client';
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
    private readonly client: FactusHttpClient,
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

  /**
   * A running pause (Factus answered 429) is shown but does not fail readiness: it holds the
   * account on every replica alike, and callers are better served by our 429 with Retry-After
   * than by a Service with no endpoints. It is capped (FACTUS_MAX_PAUSE_MS) and exported as the
   * factus_rate_limit_pause_seconds metric, which is what to alert on.
   */
  private factusReachable() {
    const indicator = this.indicators.check('factus');
    const status = this.factus.status();
    const pause = this.client.ratePause;
    const paused = pause && {
      rateLimitPause: {
        secondsLeft: Math.ceil((pause.untilEpochMs - Date.now()) / 1000),
        requestedSeconds: Math.ceil(pause.requestedMs / 1000),
        capSeconds: Math.round(this.factusConfig.rateLimit.maxPauseMs / 1000),
      },
    };
    return status.up
      ? indicator.up({
          lastAnswerSecondsAgo: Math.round((status.lastAnswerAgeMs ?? 0) / 1000),
          ...paused,
        })
      : indicator.down({ message: status.reason ?? 'unreachable', ...paused });
  }
}
