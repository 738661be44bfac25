import { anInvoice, at, describeLedger, LEASE_MS } from './testing/ledger-test-stores';

const none = { queued: 0, sending: 0, validated: 0, pending_dian: 0, rejected: 0, failed: 0 };

describeLedger('stats by tenant', ({ ledger }) => {
  const admit = (accountKey: string, referenceCode: string, ms: number) =>
    ledger().admit(anInvoice({ accountKey, referenceCode }), at(ms));
  const settle = async (
    accountKey: string,
    referenceCode: string,
    ms: number,
    state: 'validated' | 'pending_dian',
  ) => {
    const { record } = await admit(accountKey, referenceCode, ms);
    await ledger().claimById(record.id, 'replica-1', LEASE_MS, at(ms));
    const outcome =
      state === 'validated'
        ? { state, reason: 'DIAN validated it', number: `SETP-${referenceCode}`, trackId: 'cufe' }
        : { state, reason: 'slow', nextAttemptAt: at(ms + 60_000) };
    await ledger().settle(record.id, 'replica-1', outcome, at(ms + 100));
  };

  it('breaks the figures down by tenant id, and files every other account key under default', async () => {
    await admit('tenant:acme', 'A-1', 1_000);
    await admit('tenant:acme', 'A-2', 2_000);
    await settle('tenant:acme', 'A-3', 3_000, 'validated');
    await settle('tenant:globex-2', 'G-1', 500, 'pending_dian');
    await admit('tenant:globex-2', 'G-2', 4_000);
    await admit('user:ana@example.com', 'U-1', 5_000);
    await settle('token:9f86d081884c7d65', 'T-1', 6_000, 'pending_dian');

    const stats = await ledger().stats(at(10_000));

    expect(stats.byTenant).toEqual([
      {
        tenant: 'acme',
        byState: { ...none, queued: 2, validated: 1 },
        oldestQueuedMs: 9_000,
        oldestPendingMs: 0,
      },
      {
        tenant: 'default',
        byState: { ...none, queued: 1, pending_dian: 1 },
        oldestQueuedMs: 5_000,
        oldestPendingMs: 4_000,
      },
      {
        tenant: 'globex-2',
        byState: { ...none, queued: 1, pending_dian: 1 },
        oldestQueuedMs: 6_000,
        oldestPendingMs: 9_500,
      },
    ]);
    // The totals are what they were before the breakdown: all documents, the oldest of all.
    expect(stats).toMatchObject({
      byState: { ...none, queued: 4, validated: 1, pending_dian: 2 },
      oldestQueuedMs: 9_000,
      oldestPendingMs: 9_500,
    });
    expect(JSON.stringify(stats)).not.toMatch(/ana@example|9f86d081|tenant:/);
  });
});
