import { Logger } from '@nestjs/common';
import type { FactusMethod } from '../factus-call';
import type { FactusMetrics } from '../factus-metrics.port';
import { FactusTimeoutError, type FactusUnavailableError } from '../factus.errors';

/** Log lines keep the context they always had, whichever step writes them. */
export const FACTUS_LOG_CONTEXT = 'FactusHttpClient';

/** One exchange being timed: what its log line and metric are labelled with. */
export interface TimedExchange {
  method: FactusMethod;
  endpoint: string;
  attempt: number;
  started: number;
  /** The call's tenant id, or `default` for the configured Factus (never a NIT, name or URL). */
  tenant: string;
}

/**
 * Metrics and logs of each exchange with Factus, and when it last answered. It never logs bodies
 * or headers: they carry passwords, client secrets and tokens.
 */
export class ExchangeTelemetry {
  private readonly logger = new Logger(FACTUS_LOG_CONTEXT);
  private lastAnswer?: number;

  constructor(private readonly metrics: FactusMetrics) {}

  get lastAnsweredAt(): number | undefined {
    return this.lastAnswer;
  }

  /** Factus answered something over HTTP: proof that it is reachable. */
  markAnswered(): void {
    this.lastAnswer = Date.now();
  }

  tokenRequested(grant: string): void {
    this.metrics.tokenRequested(grant);
  }

  answered(exchange: TimedExchange, status: number): void {
    this.markAnswered();
    const { method, endpoint, attempt, started, tenant } = exchange;
    this.metrics.callCompleted({
      method,
      endpoint,
      outcome: String(status),
      seconds: seconds(started),
      tenant,
    });
    // One structured line per exchange: with the request id bound by the logger, a request's
    // story is its own line plus these.
    this.logger.log({
      msg: 'Factus call',
      method,
      endpoint,
      status,
      durationMs: ms(started),
      attempt,
      tenant,
    });
  }

  failed(exchange: TimedExchange, error: FactusTimeoutError | FactusUnavailableError): void {
    const { method, endpoint, attempt, started, tenant } = exchange;
    const outcome = error instanceof FactusTimeoutError ? 'timeout' : error.reason;
    this.metrics.callCompleted({ method, endpoint, outcome, seconds: seconds(started), tenant });
    this.logger.warn({
      msg: 'Factus call failed',
      method,
      endpoint,
      outcome,
      code: error.code,
      durationMs: ms(started),
      attempt,
      tenant,
    });
  }
}

function ms(started: number): number {
  return Math.round(performance.now() - started);
}

function seconds(started: number): number {
  return (performance.now() - started) / 1000;
}
