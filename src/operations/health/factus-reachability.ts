import {
  BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import {
  FACTUS_CONFIG,
  FactusConfig,
  READINESS_CONFIG,
  ReadinessConfig,
} from '../../config/config-tokens';
import { FactusHttpClient } from '../../factus/factus-http.client';

export interface FactusReachabilityStatus {
  up: boolean;
  /** Milliseconds since Factus last answered anything, when it ever did. */
  lastAnswerAgeMs?: number;
  /** Why it is down. */
  reason?: string;
}

/** Probes never wait for Factus longer than this, whatever FACTUS_TIMEOUT_MS says. */
const PROBE_TIMEOUT_MS = 5000;

/**
 * Whether Factus has answered recently, for the readiness probe. Probes read a cached status and
 * never call Factus themselves: real traffic proves Factus reachable for free (any HTTP answer,
 * even 401 or 404), and only when none came for a whole interval does a background check send one
 * unauthenticated GET of the base URL, which spends no user's rate budget and needs no token.
 * Ready while the last answer is at most two intervals old, so one slow check does not flap it.
 */
@Injectable()
export class FactusReachability implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(FactusReachability.name);
  private readonly intervalMs: number;
  private timer?: NodeJS.Timeout;
  private checking?: Promise<void>;
  private lastError?: string;

  constructor(
    @Inject(READINESS_CONFIG) readiness: ReadinessConfig,
    @Inject(FACTUS_CONFIG) private readonly factus: FactusConfig,
    private readonly client: FactusHttpClient,
  ) {
    this.intervalMs = readiness.factusCheckIntervalMs;
  }

  onApplicationBootstrap(): void {
    if (!this.factus.baseUrl) return; // tenants only: nothing of our own to probe
    void this.check();
    this.timer = setInterval(() => {
      const last = this.client.lastAnsweredAt;
      if (last === undefined || Date.now() - last >= this.intervalMs) void this.check();
    }, this.intervalMs);
    this.timer.unref();
  }

  beforeApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  status(now = Date.now()): FactusReachabilityStatus {
    const last = this.client.lastAnsweredAt;
    const lastAnswerAgeMs = last === undefined ? undefined : Math.max(0, now - last);
    if (lastAnswerAgeMs !== undefined && lastAnswerAgeMs <= 2 * this.intervalMs) {
      return { up: true, lastAnswerAgeMs };
    }
    const silence =
      lastAnswerAgeMs === undefined
        ? 'Factus has not answered since start-up'
        : `Factus has not answered for ${Math.round(lastAnswerAgeMs / 1000)} s`;
    return {
      up: false,
      lastAnswerAgeMs,
      reason: this.lastError ? `${silence} (last check: ${this.lastError})` : silence,
    };
  }

  /** One background check at a time; a failure is remembered for the probe's message. */
  check(): Promise<void> {
    this.checking ??= this.client
      .probe(Math.min(PROBE_TIMEOUT_MS, this.factus.timeoutMs))
      .then(() => {
        if (this.lastError) this.logger.log({ msg: 'Factus answers again' });
        this.lastError = undefined;
      })
      .catch((error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        if (!this.lastError)
          this.logger.warn({ msg: 'Factus did not answer the reachability check', error: message });
        this.lastError = message;
      })
      .finally(() => (this.checking = undefined));
    return this.checking;
  }
}
