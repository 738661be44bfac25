import { Inject, Injectable, OnApplicationShutdown, Optional } from '@nestjs/common';
import { FACTUS_CONFIG, FactusConfig } from '../config/config-tokens';
import type { FactusCall, FactusResult } from './factus-call';
import { FACTUS_METRICS, FactusMetrics, NO_FACTUS_METRICS } from './factus-metrics.port';
import { AccountResilience } from './resilience/account-resilience';
import { FACTUS_RATE_LIMITER, FactusRateLimiter } from './resilience/rate-limiter.port';
import { ExchangeStep } from './steps/exchange.step';
import { ExchangeTelemetry } from './steps/exchange-telemetry';
import type { FactusSender } from './steps/factus-sender';
import { FactusPause, RateBudgetStep } from './steps/rate-budget.step';
import { ResilienceStep } from './steps/resilience.step';
import { SessionReplayStep } from './steps/session-replay.step';
import { TokenProofs } from './token-proofs';
import { FACTUS_TRANSPORT, FactusTransport } from './transport/factus-transport.port';

export type { FactusCall, FactusMethod, FactusResult } from './factus-call';
export { parseRetryAfter } from './steps/factus-answer.mapper';
export type { FactusPause } from './steps/rate-budget.step';

/**
 * The one HTTP client toward Factus. Every adapter goes through it, so that the rate budget,
 * timeouts, retries, the circuit breaker, keep-alive, the bearer header, the one replay after a
 * 401 of a managed session, and the mapping of failures to typed errors are decided once, each
 * by its own step (src/factus/steps) over the transport seam (src/factus/transport).
 */
@Injectable()
export class FactusHttpClient implements OnApplicationShutdown {
  private readonly resilience: AccountResilience;
  private readonly telemetry: ExchangeTelemetry;
  private readonly steps: FactusSender;
  private readonly budget: RateBudgetStep;
  private readonly proofs = new TokenProofs();

  constructor(
    @Inject(FACTUS_TRANSPORT) private readonly transport: FactusTransport,
    @Inject(FACTUS_CONFIG) private readonly config: FactusConfig,
    @Inject(FACTUS_RATE_LIMITER) limiter: FactusRateLimiter,
    @Optional() @Inject(FACTUS_METRICS) metrics: FactusMetrics = NO_FACTUS_METRICS,
  ) {
    this.resilience = new AccountResilience(config);
    this.telemetry = new ExchangeTelemetry(metrics);
    // Outermost first. The replay wraps resilience so that a replayed call gets its own retries;
    // the budget sits inside the retries because Factus counts every attempt.
    const exchange = new ExchangeStep(transport, config, this.telemetry, this.proofs);
    this.budget = new RateBudgetStep(limiter, metrics, exchange, config.rateLimit.maxPauseMs);
    this.steps = new SessionReplayStep(new ResilienceStep(this.resilience, this.budget));
  }

  /**
   * When Factus last answered anything over HTTP (any status): real traffic proves it reachable,
   * so the readiness check does not have to spend a request of its own.
   */
  get lastAnsweredAt(): number | undefined {
    return this.telemetry.lastAnsweredAt;
  }

  /** The breaker of the configured Factus (FACTUS_BASE_URL): calls without a tenant account. */
  get breakerState(): string {
    return this.resilience.configured.breakerState;
  }

  /** A tenant's own breaker; `closed` until its calls open it. */
  breakerStateOf(tenantId: string): string {
    return this.resilience.breakerStateOf(tenantId);
  }

  /** The breakers of the tenants that made calls on this replica, with their states. */
  tenantBreakerStates(): Array<[tenantId: string, state: string]> {
    return this.resilience.tenantBreakerStates();
  }

  /** The pause a Factus 429 imposed on an account and that is still running (capped). */
  get ratePause(): FactusPause | undefined {
    return this.budget.pause;
  }

  /** Closes the keep-alive sockets so that shutdown is not held up by idle connections. */
  onApplicationShutdown(): void {
    this.transport.close();
  }

  async send<T = unknown>(call: FactusCall): Promise<FactusResult<T>> {
    const accessToken = call.session?.accessToken ?? call.accessToken;
    return (await this.steps.send({ call, accessToken, attempt: 1 })) as FactusResult<T>;
  }

  /** Whether Factus accepted `accessToken` in the last `windowMs` (see TokenProofs). */
  tokenAcceptedWithin(accessToken: string, windowMs: number): boolean {
    return this.proofs.acceptedWithin(accessToken, windowMs);
  }

  /**
   * Whether Factus answers at all: an unauthenticated GET of its base URL, outside the rate budget
   * (it is no user's call), the breaker and retries. Any HTTP status, 401 and 404 included, proves
   * it reachable; rejects when nothing answers within `timeoutMs`, and at once, without sending,
   * when no FACTUS_BASE_URL is configured (tenants only: each tenant has its own Factus).
   */
  async probe(timeoutMs: number): Promise<number> {
    if (!this.config.baseUrl) throw new Error('no Factus base URL configured');
    const response = await this.transport.request({
      method: 'GET',
      baseURL: this.config.baseUrl,
      url: '/',
      headers: { Accept: 'application/json' },
      timeoutMs,
    });
    this.telemetry.markAnswered();
    return response.status;
  }
}
