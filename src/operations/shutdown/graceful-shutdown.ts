import { Inject, Injectable, Logger } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { Server } from 'node:http';
import { SHUTDOWN_CONFIG, ShutdownConfig } from '../../config/config-tokens';
import { ShutdownState } from './shutdown-state';

export interface DrainReport {
  /** Requests in flight when the drain began. */
  inFlight: number;
  drainMs: number;
  /** Requests still running when the grace period ended, whose connections were cut. */
  cut: number;
}

/**
 * The first half of a graceful shutdown, run before Nest closes the app: stop being ready, refuse
 * new work (see request-telemetry.ts), and let in-flight requests finish within SHUTDOWN_GRACE_MS.
 * The listener stays open meanwhile, so probes see the 503 and late callers get a problem they can
 * retry elsewhere rather than a refused connection. Then `app.close()` closes the server (idle
 * keep-alive connections with it) and Redis.
 */
@Injectable()
export class GracefulShutdown {
  private readonly logger = new Logger(GracefulShutdown.name);
  private draining?: Promise<DrainReport>;

  constructor(
    private readonly state: ShutdownState,
    private readonly adapterHost: HttpAdapterHost,
    @Inject(SHUTDOWN_CONFIG) private readonly config: ShutdownConfig,
  ) {}

  drain(): Promise<DrainReport> {
    this.draining ??= this.run();
    return this.draining;
  }

  private async run(): Promise<DrainReport> {
    const started = performance.now();
    const graceMs = this.config.graceMs;
    this.state.beginDrain();
    const inFlight = this.state.inFlightRequests;
    this.logger.log({ msg: 'Shutting down: no longer ready, draining', inFlight, graceMs });

    let timer: NodeJS.Timeout | undefined;
    const idle = await Promise.race([
      this.state.whenIdle().then(() => true),
      new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), graceMs))),
    ]);
    clearTimeout(timer);
    const cut = idle ? 0 : this.state.inFlightRequests;
    if (cut > 0) {
      this.logger.warn({ msg: 'Grace period over: cutting the requests still in flight', cut });
      // Otherwise closing the server would wait for them however long they take.
      (this.adapterHost.httpAdapter.getHttpServer() as Server).closeAllConnections();
    }
    const drainMs = Math.round(performance.now() - started);
    this.logger.log({ msg: 'Drained', inFlight, drainMs, cut });
    return { inFlight, drainMs, cut };
  }
}
