import { EventEmitter } from 'node:events';
import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import {
  BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { CLOCK, Clock } from '../../../common/domain/clock';
import { PollingLoop } from '../../../common/work/polling-loop';
import { LEDGER_CONFIG, LedgerConfig } from '../../../config/config-tokens';
import { DOCUMENT_LEDGER, DocumentLedger, LedgerClaim } from '../../domain/document-ledger.port';
import type { IssuedDocument } from '../../domain/issued-document';
import type { LedgerState } from '../../domain/ledger-state';
import { AccountSessions } from './account-sessions';
import { AttemptResult, LedgerAttempt } from './ledger-attempt';
import { errorOf, WAITING_FOR_TOKEN } from './ledger-errors';
import { LEDGER_METRICS, LedgerMetrics } from './ledger-metrics.port';

/** How an attempt ended, for a caller waiting on it in this process. */
export interface Settlement {
  state: LedgerState;
  document?: IssuedDocument;
  error?: unknown;
  /** Our lease had been taken over: the other owner's outcome is the one recorded. */
  leaseLost?: boolean;
}

/**
 * Sends what the ledger holds: claims due documents (queued, due for a DIAN follow-up, or leased
 * by an owner that disappeared) with a lease, at most `concurrency` at a time, and records each
 * outcome. Wakes every `pollMs`, and at once when a document arrives or a slot frees up. On
 * shutdown it stops claiming, lets what is under way finish, and hands the rest back.
 */
@Injectable()
export class LedgerWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  /** This replica's name in leases and history rows. */
  readonly owner = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private readonly logger = new Logger(LedgerWorker.name);
  private readonly settled = new EventEmitter().setMaxListeners(0);
  private readonly inFlight = new Set<Promise<unknown>>();
  private running = 0;
  private stopping = false;
  private readonly loop: PollingLoop;

  constructor(
    @Inject(DOCUMENT_LEDGER) private readonly ledger: DocumentLedger,
    @Inject(LEDGER_CONFIG) private readonly config: LedgerConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(LEDGER_METRICS) private readonly metrics: LedgerMetrics,
    private readonly attempt: LedgerAttempt,
    private readonly sessions: AccountSessions,
  ) {
    this.loop = new PollingLoop(() => this.tick(), this.config.pollMs);
  }

  onApplicationBootstrap(): void {
    this.metrics.observe(() => this.ledger.stats(this.clock.now()));
    if (!this.config.workerEnabled) return;
    this.loop.start();
  }

  /** Look for due documents now (a new one arrived, or one was put back). */
  kick(): void {
    if (!this.stopping) this.loop.kick();
  }

  /**
   * Sends this queued document at once in the caller's request, if it can be claimed (not
   * behind an outage backlog of its account, not already taken by another replica).
   */
  async runNow(
    id: string,
    options: { followUp?: boolean; resume?: boolean } = {},
  ): Promise<Settlement | undefined> {
    if (this.stopping) return undefined;
    // Tracked from the claim on: a shutdown that starts meanwhile waits for this send too,
    // rather than hand back a lease that is about to be used.
    return this.track(
      this.ledger
        .claimById(id, this.owner, this.config.leaseMs, this.clock.now(), options)
        .then((claim) => (claim ? this.process(claim) : undefined)),
    );
  }

  /** Resolves with the next settlement of `id` in this process, or undefined after `ms`. */
  nextSettlement(id: string, ms: number): Promise<Settlement | undefined> {
    return new Promise((resolve) => {
      const done = (settlement?: Settlement) => {
        clearTimeout(timer);
        this.settled.off(id, done);
        resolve(settlement);
      };
      const timer = setTimeout(() => done(undefined), Math.max(0, ms));
      this.settled.on(id, done);
    });
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    // A tick under way may still claim: wait for it, so that its claims are in flight below.
    await this.loop.stop();
    await Promise.allSettled([...this.inFlight]);
    try {
      const released = await this.ledger.releaseAll(this.owner, this.clock.now());
      if (released > 0) this.logger.log(`Handed ${released} document lease(s) back at shutdown`);
    } catch (error) {
      // The leases then simply expire and are taken over: nothing is lost, only later.
      this.logger.warn(`Could not hand the document leases back at shutdown: ${String(error)}`);
    }
  }

  private async tick(): Promise<void> {
    const free = this.config.concurrency - this.running;
    if (free <= 0) return;
    let claims: LedgerClaim[];
    try {
      claims = await this.ledger.claimDue(this.owner, this.config.leaseMs, free, this.clock.now());
    } catch (error) {
      this.logger.warn(`Could not claim documents: ${errorOf(error).code} ${String(error)}`);
      return;
    }
    for (const claim of claims) void this.track(this.process(claim));
    // A full batch: there may be more due right away (the next slot to free up claims them).
    if (claims.length === free) this.loop.again();
  }

  private track<T>(work: Promise<T>): Promise<T> {
    this.inFlight.add(work);
    // The caller gets `work` (and its failure); this side chain must not be an unhandled one.
    work.finally(() => this.inFlight.delete(work)).catch(() => undefined);
    return work;
  }

  private async process(claim: LedgerClaim): Promise<Settlement> {
    const { record } = claim;
    this.running += 1;
    if (claim.takenOverFrom) {
      this.metrics.takenOver();
      this.logger.warn(
        `Took over ${record.documentType} ${record.referenceCode} from ${claim.takenOverFrom} (lease expired)`,
      );
    }
    const keepLease = setInterval(
      () => {
        void this.ledger
          .extendLease(record.id, this.owner, this.config.leaseMs, this.clock.now())
          .catch(() => undefined);
      },
      Math.max(500, Math.floor(this.config.leaseMs / 3)),
    );
    // A send that never ends must not keep the process alive at exit (its lease then expires).
    keepLease.unref();
    try {
      const result = await this.attemptWithSession(claim);
      const written = await this.ledger.settle(
        record.id,
        this.owner,
        result.outcome,
        this.clock.now(),
      );
      this.metrics.attempted(result.outcome.state, record.accountKey);
      const settlement: Settlement = {
        state: result.outcome.state,
        document: result.document,
        error: result.error,
        ...(written ? {} : { leaseLost: true }),
      };
      if (!written)
        this.logger.warn(`Lost the lease of ${record.referenceCode}: another replica recorded it`);
      this.settled.emit(record.id, settlement);
      return settlement;
    } catch (error) {
      // The database failed under us: the lease runs out and the document is taken over later.
      this.logger.error(`Could not record ${record.referenceCode}: ${String(error)}`);
      const settlement: Settlement = { state: record.state, error, leaseLost: true };
      this.settled.emit(record.id, settlement);
      return settlement;
    } finally {
      clearInterval(keepLease);
      this.running -= 1;
      this.kick();
    }
  }

  private async attemptWithSession(claim: LedgerClaim): Promise<AttemptResult> {
    const session = await this.sessions.sessionFor(claim.record.accountKey);
    if (session) return this.attempt.run(claim, session);
    // A caller's own token, which this process no longer holds (a restart): wait for the caller.
    return {
      outcome: {
        state: claim.record.state === 'pending_dian' ? 'pending_dian' : 'queued',
        reason: 'waiting for the caller’s Factus token (send the same request again)',
        lastError: {
          code: WAITING_FOR_TOKEN,
          message: 'no Factus session for this account in this process',
        },
        nextAttemptAt: new Date(this.clock.now().getTime() + this.config.retryMaxMs),
      },
    };
  }
}
