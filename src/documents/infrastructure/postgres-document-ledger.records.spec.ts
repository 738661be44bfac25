import type { LedgerRecord } from '../domain/document-ledger.port';
import { aCreditNote, anInvoice, at, describeLedger, LEASE_MS } from './testing/ledger-test-stores';

describeLedger('records', ({ ledger }) => {
  /** Admits one document and claims it: it is `sending`, leased by replica-1. */
  const sendingDocument = async (referenceCode = 'INV-1', now = at(0)) => {
    const { record } = await ledger().admit(anInvoice({ referenceCode }), now);
    const claimed = await ledger().claimById(record.id, 'replica-1', LEASE_MS, now);
    if (!claimed) throw new Error('not claimed');
    return record.id;
  };
  const historyOf = async (id: string) =>
    (await ledger().findById(id, { history: true }))?.history ?? [];

  it('settles an attempt: what the provider said is kept, the lease ends, one history entry', async () => {
    const id = await sendingDocument();
    const dianMessages = [{ rule: 'FAK24', kind: 'notice' as const, message: 'a notice' }];

    const settled = await ledger().settle(
      id,
      'replica-1',
      {
        state: 'validated',
        reason: 'DIAN validated it',
        number: 'SETP1',
        trackId: 'cufe',
        dianMessages,
      },
      at(5_000),
    );

    expect(settled).toBe(true);
    const record = await ledger().find('account-a', 'invoice', 'INV-1', { history: true });
    expect(record).toMatchObject({
      state: 'validated',
      number: 'SETP1',
      trackId: 'cufe',
      dianMessages,
      updatedAt: at(5_000),
    });
    expect(record?.leaseOwner).toBeUndefined();
    expect(record?.leaseUntil).toBeUndefined();
    expect(record?.history?.map((entry) => [entry.from, entry.to, entry.reason])).toEqual([
      [undefined, 'queued', 'received'],
      ['queued', 'sending', 'claimed by replica-1, attempt 1'],
      ['sending', 'validated', 'DIAN validated it'],
    ]);
  });

  it('keeps the last error unless told to clear it, and writes no entry when a follow-up changes nothing', async () => {
    const id = await sendingDocument();
    const lastError = { code: 'FACTUS_UNAVAILABLE', message: 'maintenance' };
    await ledger().settle(
      id,
      'replica-1',
      { state: 'pending_dian', reason: 'slow', lastError, nextAttemptAt: at(10) },
      at(5),
    );
    await ledger().claimDue('replica-1', LEASE_MS, 1, at(10));

    await ledger().settle(
      id,
      'replica-1',
      { state: 'pending_dian', reason: 'still silent', nextAttemptAt: at(99) },
      at(20),
    );
    expect(await ledger().findById(id)).toMatchObject({ lastError, nextAttemptAt: at(99) });
    expect((await historyOf(id)).map((entry) => entry.reason)).not.toContain('still silent');

    await ledger().claimDue('replica-1', LEASE_MS, 1, at(99));
    await ledger().settle(
      id,
      'replica-1',
      { state: 'validated', reason: 'validated', lastError: null },
      at(100),
    );
    expect((await ledger().findById(id))?.lastError).toBeUndefined();
    expect((await historyOf(id)).at(-1)).toMatchObject({ from: 'pending_dian', to: 'validated' });
  });

  it('puts an attempt that met an outage back in the queue, due at its retry time, with an entry', async () => {
    const id = await sendingDocument();

    await ledger().settle(
      id,
      'replica-1',
      { state: 'queued', reason: 'Factus in maintenance', nextAttemptAt: at(10) },
      at(5),
    );

    expect((await historyOf(id)).at(-1)).toEqual({
      at: at(5),
      from: 'sending',
      to: 'queued',
      reason: 'Factus in maintenance',
    });
    const record = await ledger().findById(id);
    expect(record).toMatchObject({ state: 'queued', attempts: 1, nextAttemptAt: at(10) });
    expect(record?.leaseOwner).toBeUndefined();
    expect(await ledger().claimDue('replica-2', LEASE_MS, 1, at(9))).toEqual([]);
    expect(await ledger().claimDue('replica-2', LEASE_MS, 1, at(10))).toHaveLength(1);
  });

  it('refuses a transition the state machine forbids, writing nothing', async () => {
    const id = await sendingDocument();
    await ledger().settle(
      id,
      'replica-1',
      { state: 'pending_dian', reason: 'slow', nextAttemptAt: at(10) },
      at(5),
    );
    await ledger().claimDue('replica-1', LEASE_MS, 1, at(10));
    const before = await ledger().findById(id, { history: true });

    await expect(
      ledger().settle(id, 'replica-1', { state: 'queued', reason: 'wrong' }, at(20)),
    ).rejects.toThrow('pending_dian → queued is not a transition');
    expect(await ledger().findById(id, { history: true })).toEqual(before);
  });

  it('records a rejected document cleanup and lists the account rejected documents still blocking it', async () => {
    const rejectedIds: string[] = [];
    for (const [i, cleanup] of (['pending', 'pending', 'failed'] as const).entries()) {
      const id = await sendingDocument(`R-${i}`, at(i));
      await ledger().settle(
        id,
        'replica-1',
        { state: 'rejected', reason: 'rejected', cleanup },
        at(10),
      );
      rejectedIds.push(id);
    }

    await ledger().setCleanup(rejectedIds[0], 'done', at(20), 'deleted at Factus');

    const blocking = await ledger().rejectedAwaitingCleanup('account-a');
    expect(blocking.map((record) => [record.id, record.cleanup])).toEqual([
      [rejectedIds[1], 'pending'],
      [rejectedIds[2], 'failed'],
    ]);
    expect(await ledger().rejectedAwaitingCleanup('account-b')).toEqual([]);
    expect(await ledger().findById(rejectedIds[0])).toMatchObject({
      cleanup: 'done',
      updatedAt: at(20),
    });
    expect((await historyOf(rejectedIds[0])).at(-1)).toEqual({
      at: at(20),
      from: 'rejected',
      to: 'rejected',
      reason: 'deleted at Factus',
    });
  });

  it('lists an account documents newest first, filtered, in disjoint pages that end', async () => {
    for (let i = 0; i < 25; i++) {
      const document =
        i % 5 === 0 ? aCreditNote(`NC-${i}`, '1.00') : anInvoice({ referenceCode: `INV-${i}` });
      await ledger().admit(document, at(Math.floor(i / 2) * 1_000)); // pairs share a created_at
    }
    await ledger().admit(anInvoice({ accountKey: 'account-b', referenceCode: 'B-1' }), at(0));

    const pages: LedgerRecord[][] = [];
    let page = await ledger().list('account-a', { documentType: 'invoice' }, undefined, 7);
    pages.push(page.records);
    while (page.next) {
      page = await ledger().list('account-a', { documentType: 'invoice' }, page.next, 7);
      pages.push(page.records);
    }

    expect(pages.map((records) => records.length)).toEqual([7, 7, 6]);
    const listed = pages.flat();
    expect(new Set(listed.map((record) => record.id)).size).toBe(20);
    expect(
      listed.every(
        (record) => record.documentType === 'invoice' && record.accountKey === 'account-a',
      ),
    ).toBe(true);
    const order = listed.map((record) => [record.createdAt.getTime(), record.id] as const);
    const newestFirst = [...order].sort(
      ([ta, ia], [tb, ib]) => tb - ta || (ib > ia ? 1 : ib < ia ? -1 : 0),
    );
    expect(order).toEqual(newestFirst);
    expect(listed[0].history).toBeUndefined();
    const queued = await ledger().list(
      'account-a',
      { state: 'queued', documentType: 'credit-note' },
      undefined,
      50,
    );
    expect(queued.records).toHaveLength(5);
    expect(queued.next).toBeUndefined();
    expect((await ledger().list('account-a', { state: 'sending' }, undefined, 50)).records).toEqual(
      [],
    );
  });

  it('counts documents by state and tells the age of the oldest queued and pending ones', async () => {
    const empty = await ledger().stats(at(0));
    expect(empty).toEqual({
      byState: { queued: 0, sending: 0, validated: 0, pending_dian: 0, rejected: 0, failed: 0 },
      oldestQueuedMs: 0,
      oldestPendingMs: 0,
      byTenant: [],
    });
    const pending = await sendingDocument('P-1', at(1_000));
    await ledger().settle(
      pending,
      'replica-1',
      { state: 'pending_dian', reason: 'slow', nextAttemptAt: at(9_000) },
      at(1_500),
    );
    await sendingDocument('S-1', at(2_000));
    await ledger().admit(anInvoice({ referenceCode: 'Q-1' }), at(3_000));
    await ledger().admit(anInvoice({ referenceCode: 'Q-2' }), at(4_000));

    expect(await ledger().stats(at(10_000))).toMatchObject({
      byState: { queued: 2, sending: 1, validated: 0, pending_dian: 1, rejected: 0, failed: 0 },
      oldestQueuedMs: 7_000,
      oldestPendingMs: 9_000,
    });
  });
});
