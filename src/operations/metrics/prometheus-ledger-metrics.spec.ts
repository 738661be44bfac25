import { Registry } from 'prom-client';
import type { LedgerStats, LedgerTenantStats } from '../../documents/domain/document-ledger.port';
import { PrometheusLedgerMetrics } from './prometheus-ledger-metrics';

const none = { queued: 0, sending: 0, validated: 0, pending_dian: 0, rejected: 0, failed: 0 };

function tenantStats(
  tenant: string,
  byState: Partial<LedgerTenantStats['byState']>,
  ages: { oldestQueuedMs?: number; oldestPendingMs?: number } = {},
): LedgerTenantStats {
  return {
    tenant,
    byState: { ...none, ...byState },
    oldestQueuedMs: ages.oldestQueuedMs ?? 0,
    oldestPendingMs: ages.oldestPendingMs ?? 0,
  };
}

/** Stats as the ledger gives them: the totals are the sum of the tenants'. */
function statsOf(...byTenant: LedgerTenantStats[]): LedgerStats {
  const byState = { ...none };
  for (const t of byTenant)
    for (const [s, n] of Object.entries(t.byState)) byState[s as keyof typeof none] += n;
  return {
    byState,
    oldestQueuedMs: Math.max(0, ...byTenant.map((t) => t.oldestQueuedMs)),
    oldestPendingMs: Math.max(0, ...byTenant.map((t) => t.oldestPendingMs)),
    byTenant,
  };
}

describe('PrometheusLedgerMetrics', () => {
  let registry: Registry;
  let metrics: PrometheusLedgerMetrics;
  beforeEach(() => {
    registry = new Registry();
    metrics = new PrometheusLedgerMetrics(registry);
  });

  /** The exposition lines of `name` (its samples, not HELP/TYPE), sorted. */
  const lines = async (name: string) =>
    (await registry.metrics())
      .split('\n')
      .filter((line) => line.startsWith(`${name}{`) || line.startsWith(`${name} `))
      .sort();

  it('labels documents and ages by state and tenant, other account keys under default', async () => {
    metrics.observe(() =>
      Promise.resolve(
        statsOf(
          tenantStats('acme', { queued: 2, validated: 5 }, { oldestQueuedMs: 9_000 }),
          tenantStats('default', { pending_dian: 1 }, { oldestPendingMs: 4_000 }),
        ),
      ),
    );

    const documents = await lines('ledger_documents');
    expect(documents).toHaveLength(12);
    expect(documents).toEqual(
      expect.arrayContaining([
        'ledger_documents{state="queued",tenant="acme"} 2',
        'ledger_documents{state="validated",tenant="acme"} 5',
        'ledger_documents{state="failed",tenant="acme"} 0',
        'ledger_documents{state="pending_dian",tenant="default"} 1',
        'ledger_documents{state="queued",tenant="default"} 0',
      ]),
    );
    expect(await lines('ledger_oldest_waiting_seconds')).toEqual([
      'ledger_oldest_waiting_seconds{state="pending_dian",tenant="acme"} 0',
      'ledger_oldest_waiting_seconds{state="pending_dian",tenant="default"} 4',
      'ledger_oldest_waiting_seconds{state="queued",tenant="acme"} 9',
      'ledger_oldest_waiting_seconds{state="queued",tenant="default"} 0',
    ]);
  });

  it('sums by state to the totals, and reports every state at 0 when the ledger is empty', async () => {
    let stats = statsOf(
      tenantStats('acme', { queued: 2, sending: 1 }),
      tenantStats('globex', { queued: 3, rejected: 1 }),
      tenantStats('default', { queued: 1 }),
    );
    metrics.observe(() => Promise.resolve(stats));
    const sumByState = async () => {
      const sums: Record<string, number> = {};
      for (const line of await lines('ledger_documents')) {
        const [, state, value] = /state="([a-z_]+)".* (\d+)$/.exec(line)!;
        sums[state] = (sums[state] ?? 0) + Number(value);
      }
      return sums;
    };
    expect(await sumByState()).toEqual(stats.byState);

    stats = statsOf();
    expect(await lines('ledger_documents')).toEqual(
      Object.keys(none)
        .map((state) => `ledger_documents{state="${state}",tenant="default"} 0`)
        .sort(),
    );
    expect(await sumByState()).toEqual(none);
  });

  it('drops the series of a tenant whose documents are gone instead of keeping stale values', async () => {
    let stats = statsOf(tenantStats('acme', { queued: 2 }, { oldestQueuedMs: 60_000 }));
    metrics.observe(() => Promise.resolve(stats));
    expect(await lines('ledger_documents')).toContain(
      'ledger_documents{state="queued",tenant="acme"} 2',
    );

    stats = statsOf(tenantStats('default', { validated: 1 }));

    expect((await lines('ledger_documents')).filter((l) => l.includes('acme'))).toEqual([]);
    expect(
      (await lines('ledger_oldest_waiting_seconds')).filter((l) => l.includes('acme')),
    ).toEqual([]);
    expect(await lines('ledger_documents')).toContain(
      'ledger_documents{state="validated",tenant="default"} 1',
    );
  });

  it('keeps the last figures when the database cannot be read, and reads it once per scrape', async () => {
    let reads = 0;
    let down = false;
    metrics.observe(() => {
      reads += 1;
      if (down) return Promise.reject(new Error('connection refused'));
      return Promise.resolve(
        statsOf(tenantStats('acme', { queued: 2 }, { oldestQueuedMs: 5_000 })),
      );
    });
    const scrape = async () =>
      (await registry.metrics()).split('\n').filter((line) => line.startsWith('ledger_'));
    const before = await scrape();
    expect(reads).toBe(1);

    down = true;
    const during = await scrape();

    expect(reads).toBe(2);
    expect(during).toEqual(before);
    expect(during).toContain('ledger_documents{state="queued",tenant="acme"} 2');
    expect(during).toContain('ledger_oldest_waiting_seconds{state="queued",tenant="acme"} 5');
  });

  it('counts attempts by outcome and tenant, never with an e-mail or a token hash as a label', async () => {
    metrics.attempted('validated', 'tenant:acme');
    metrics.attempted('validated', 'tenant:acme');
    metrics.attempted('failed', 'user:ana@example.com');
    metrics.attempted('failed', 'token:9f86d081884c7d65');
    metrics.attempted('queued', 'tenant:Not A Tenant Id');

    expect(await lines('ledger_attempts_total')).toEqual([
      'ledger_attempts_total{outcome="failed",tenant="default"} 2',
      'ledger_attempts_total{outcome="queued",tenant="other"} 1',
      'ledger_attempts_total{outcome="validated",tenant="acme"} 2',
    ]);
  });
});
