import { Inject, Injectable } from '@nestjs/common';
import { Counter, Gauge, Registry } from 'prom-client';
import type { LedgerMetrics } from '../../documents/application/ledger/ledger-metrics.port';
import type { LedgerStats } from '../../documents/domain/document-ledger.port';
import { LEDGER_STATES, LedgerState } from '../../documents/domain/ledger-state';
import { METRICS_REGISTRY } from './metrics-registry';

/**
 * The document ledger as Prometheus metrics: documents by state and the age of the oldest one
 * waiting (read from the database at each scrape, so every replica reports the shared truth),
 * attempts by outcome and lease take-overs (this replica's).
 */
@Injectable()
export class PrometheusLedgerMetrics implements LedgerMetrics {
  private readonly attempts: Counter<'outcome'>;
  private readonly takeovers: Counter;
  private source?: () => Promise<LedgerStats>;

  constructor(@Inject(METRICS_REGISTRY) registry: Registry) {
    const registers = [registry];
    this.attempts = new Counter({
      name: 'ledger_attempts_total',
      help: 'Sends and DIAN follow-ups of ledger documents, by the state they ended in.',
      labelNames: ['outcome'],
      registers,
    });
    this.takeovers = new Counter({
      name: 'ledger_lease_takeovers_total',
      help: 'Documents taken over from a replica whose lease expired (it died or hung).',
      registers,
    });
    const stats = () => this.read();
    new Gauge({
      name: 'ledger_documents',
      help: 'Documents in the ledger by state.',
      labelNames: ['state'],
      registers,
      async collect() {
        const current = await stats();
        for (const state of LEDGER_STATES)
          this.set({ state }, current?.byState[state] ?? 0);
      },
    });
    new Gauge({
      name: 'ledger_oldest_waiting_seconds',
      help: 'Age of the oldest document still queued or pending at DIAN, by state (0 when none).',
      labelNames: ['state'],
      registers,
      async collect() {
        const current = await stats();
        this.set({ state: 'queued' }, (current?.oldestQueuedMs ?? 0) / 1000);
        this.set({ state: 'pending_dian' }, (current?.oldestPendingMs ?? 0) / 1000);
      },
    });
  }

  attempted(state: LedgerState): void {
    this.attempts.inc({ outcome: state });
  }

  takenOver(): void {
    this.takeovers.inc();
  }

  observe(stats: () => Promise<LedgerStats>): void {
    this.source = stats;
  }

  /** A scrape never fails because the database is slow or down: the gauges keep their values. */
  private async read(): Promise<LedgerStats | undefined> {
    try {
      return await this.source?.();
    } catch {
      return undefined;
    }
  }
}
