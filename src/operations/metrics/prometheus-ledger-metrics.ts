import { Inject, Injectable } from '@nestjs/common';
import { Counter, Gauge, Registry } from 'prom-client';
import type { LedgerMetrics } from '../../documents/application/ledger/ledger-metrics.port';
import {
  DEFAULT_LEDGER_TENANT,
  type LedgerStats,
  type LedgerTenantStats,
} from '../../documents/domain/document-ledger.port';
import { LEDGER_STATES, LedgerState } from '../../documents/domain/ledger-state';
import { tenantIdOfAccountKey } from '../../tenants/domain/tenant';
import { tenantLabel } from './tenant-label';
import { METRICS_REGISTRY } from './metrics-registry';

type Labels = 'state' | 'tenant';

/**
 * The document ledger as Prometheus metrics, by tenant (its id, or `default` for the service's
 * own account and pass-through callers): documents by state and the age of the oldest one
 * waiting (read from the database at each scrape, so every replica reports the shared truth),
 * attempts by outcome and lease take-overs (this replica's).
 */
@Injectable()
export class PrometheusLedgerMetrics implements LedgerMetrics {
  private readonly attempts: Counter<'outcome' | 'tenant'>;
  private readonly takeovers: Counter;
  private source?: () => Promise<LedgerStats>;
  /** What the last successful read found (nothing yet: no documents). */
  private last: LedgerStats = {
    byState: zeros(),
    oldestQueuedMs: 0,
    oldestPendingMs: 0,
    byTenant: [],
  };
  /** The read in flight: both gauges of one scrape share it. */
  private reading?: Promise<LedgerStats>;

  constructor(@Inject(METRICS_REGISTRY) registry: Registry) {
    const registers = [registry];
    this.attempts = new Counter({
      name: 'ledger_attempts_total',
      help: 'Sends and DIAN follow-ups of ledger documents, by the state they ended in and tenant.',
      labelNames: ['outcome', 'tenant'],
      registers,
    });
    this.takeovers = new Counter({
      name: 'ledger_lease_takeovers_total',
      help: 'Documents taken over from a replica whose lease expired (it died or hung).',
      registers,
    });
    const tenants = async () => byTenantLabel(await this.read());
    new Gauge<Labels>({
      name: 'ledger_documents',
      help: 'Documents in the ledger by state and tenant.',
      labelNames: ['state', 'tenant'],
      registers,
      async collect() {
        const current = await tenants();
        // A tenant whose documents are gone drops out instead of keeping its last figures.
        this.reset();
        for (const [tenant, figures] of current)
          for (const state of LEDGER_STATES) this.set({ state, tenant }, figures.byState[state]);
      },
    });
    new Gauge<Labels>({
      name: 'ledger_oldest_waiting_seconds',
      help: 'Age of the oldest document still queued or pending at DIAN, by state and tenant (0 when none).',
      labelNames: ['state', 'tenant'],
      registers,
      async collect() {
        const current = await tenants();
        this.reset();
        for (const [tenant, figures] of current) {
          this.set({ state: 'queued', tenant }, figures.oldestQueuedMs / 1000);
          this.set({ state: 'pending_dian', tenant }, figures.oldestPendingMs / 1000);
        }
      },
    });
  }

  attempted(state: LedgerState, accountKey: string): void {
    const tenant = tenantLabel(tenantIdOfAccountKey(accountKey) ?? DEFAULT_LEDGER_TENANT);
    this.attempts.inc({ outcome: state, tenant });
  }

  takenOver(): void {
    this.takeovers.inc();
  }

  observe(stats: () => Promise<LedgerStats>): void {
    this.source = stats;
  }

  /**
   * One database read at a time (a scrape collects both gauges at once). A scrape never fails
   * because the database is slow or down: the gauges keep the last figures read.
   */
  private read(): Promise<LedgerStats> {
    this.reading ??= this.fetch().finally(() => {
      this.reading = undefined;
    });
    return this.reading;
  }

  private async fetch(): Promise<LedgerStats> {
    try {
      if (this.source) this.last = await this.source();
    } catch {
      // keep the last figures
    }
    return this.last;
  }
}

function zeros(): Record<LedgerState, number> {
  return Object.fromEntries(LEDGER_STATES.map((state) => [state, 0])) as Record<
    LedgerState,
    number
  >;
}

/**
 * The figures per label: `default` always (so every state has a series, 0 when empty), then each
 * tenant with documents; tenants that share a label (`other`) are added up, their ages maxed.
 */
function byTenantLabel(stats: LedgerStats): Map<string, Omit<LedgerTenantStats, 'tenant'>> {
  const labels = new Map<string, Omit<LedgerTenantStats, 'tenant'>>([
    [DEFAULT_LEDGER_TENANT, { byState: zeros(), oldestQueuedMs: 0, oldestPendingMs: 0 }],
  ]);
  for (const figures of stats.byTenant) {
    const label = tenantLabel(figures.tenant);
    const into = labels.get(label);
    if (!into) {
      labels.set(label, {
        byState: { ...figures.byState },
        oldestQueuedMs: figures.oldestQueuedMs,
        oldestPendingMs: figures.oldestPendingMs,
      });
      continue;
    }
    for (const state of LEDGER_STATES) into.byState[state] += figures.byState[state];
    into.oldestQueuedMs = Math.max(into.oldestQueuedMs, figures.oldestQueuedMs);
    into.oldestPendingMs = Math.max(into.oldestPendingMs, figures.oldestPendingMs);
  }
  return labels;
}
