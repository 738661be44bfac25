import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorFunction, HealthIndicatorService } from '@nestjs/terminus';
import {
  DATABASE_CONFIG,
  DatabaseConfig,
  FACTUS_CONFIG,
  FactusConfig,
  READINESS_CONFIG,
  ReadinessConfig,
} from '../../config/config-tokens';
import { pingDatabase } from '../../database/database-ping';
import { DATABASE, Database } from '../../database/database.tokens';
import { FactusHttpClient } from '../../factus/factus-http.client';
import { RedisConnection } from '../../redis/redis-connection';
import { ShutdownState } from '../shutdown/shutdown-state';
import { FactusReachability } from './factus-reachability';

/** A readiness probe waits this long for the database's SELECT 1 (probes time out at ~1 s+). */
const DATABASE_PING_MS = 2000;

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
    @Inject(DATABASE) private readonly db: Database,
    @Inject(DATABASE_CONFIG) private readonly databaseConfig: DatabaseConfig,
  ) {}

  all(): HealthIndicatorFunction[] {
    return [
      () => this.configuration(),
      () => this.lifecycle(),
      () => this.databasePing(),
      ...(this.redis.configured ? [() => this.redisPing()] : []),
      () => this.factusReachable(),
    ];
  }

  /** Configuration was loaded and validated: the app would not run otherwise. */
  private configuration() {
    return this.indicators.check('config').up({
      environment: this.readiness.environment,
      factus: this.factusConfig.embeddedSimulator
        ? 'embedded simulator'
        : this.factusConfig.baseUrl
          ? 'configured'
          : 'tenants only',
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

  /** Every document is recorded before it is sent: without the database, nothing can be issued. */
  private async databasePing() {
    const indicator = this.indicators.check('database');
    const store = this.databaseConfig.url ? 'postgresql' : 'embedded';
    try {
      return indicator.up({ store, latencyMs: await pingDatabase(this.db, DATABASE_PING_MS) });
    } catch (error) {
      return indicator.down({
        store,
        message: `no answer to SELECT 1 (${error instanceof Error ? error.message : String(error)})`,
      });
    }
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
    // Tenants only: no Factus of the service's own to probe; each tenant's is checked on demand
    // (POST /api/v1/admin/tenants/{id}/check), and one tenant's outage must not unready the rest.
    if (!this.factusConfig.baseUrl) return indicator.up({ configured: false });
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
