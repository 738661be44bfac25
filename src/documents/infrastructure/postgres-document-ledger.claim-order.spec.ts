import {
  admitInOrder,
  anInvoice,
  at,
  describeLedger,
  LEASE_MS,
} from './testing/ledger-test-stores';

/**
 * Factus numbers an account's documents in the order it receives them: a newcomer must not be
 * sent beside an older document's retry (claimById, the request's own send) nor claimed with it
 * (claimDue, the worker), or it is numbered first when that retry fails again.
 */
describeLedger('claim order', ({ ledger }) => {
  const admitMany = (count: number) => admitInOrder(ledger(), count, 'account-a');
  /** Factus refused the send: the document waits for its retry at `ms`. */
  const outageUntil = (ms: number) => ({
    state: 'queued' as const,
    reason: 'Factus in maintenance',
    nextAttemptAt: at(ms),
  });

  // Found failing in ledger.e2e (numbers by arrival 1,3,4,5,2): while the oldest document's retry
  // was being sent, a newcomer's own request sent it too, and the retry failed again.
  it('does not claim a newcomer by id while an older document of its account is being retried', async () => {
    const [older, newer] = await admitMany(2);
    await ledger().claimById(older, 'replica-1', LEASE_MS, at(10));
    expect(await ledger().settle(older, 'replica-1', outageUntil(60_000), at(20))).toBe(true);
    const [retry] = await ledger().claimDue('replica-1', LEASE_MS, 1, at(60_000));
    expect(retry.record).toMatchObject({ id: older, state: 'sending', attempts: 2 });

    expect(await ledger().claimById(newer, 'replica-2', LEASE_MS, at(60_010))).toBeUndefined();
    expect(await ledger().settle(older, 'replica-1', outageUntil(120_000), at(60_020))).toBe(true);
    expect(await ledger().claimById(newer, 'replica-2', LEASE_MS, at(60_030))).toBeUndefined();

    // The retry goes first, alone: the newcomer waits for it to settle.
    const next = await ledger().claimDue('replica-1', LEASE_MS, 2, at(120_000));
    expect(next.map((c) => c.record.id)).toEqual([older]);
  });

  it('does not take over an expired lease and claim the account’s next document in the same claim', async () => {
    const [older, newer] = await admitMany(2);
    await ledger().claimById(older, 'replica-1', LEASE_MS, at(10));
    // replica-1 died mid-send: its lease runs out.
    const claimed = await ledger().claimDue('replica-2', LEASE_MS, 10, at(LEASE_MS + 100));
    expect(claimed.map((c) => [c.record.id, c.takenOverFrom])).toEqual([[older, 'replica-1']]);
    expect(
      await ledger().claimById(newer, 'replica-2', LEASE_MS, at(LEASE_MS + 200)),
    ).toBeUndefined();
  });

  it('orders documents admitted in the same millisecond by id, as the worker does', async () => {
    const a = await ledger().admit(anInvoice({ referenceCode: 'same-ms-a' }), at(5));
    const b = await ledger().admit(anInvoice({ referenceCode: 'same-ms-b' }), at(5));
    const [first, second] = [a.record.id, b.record.id].sort();
    await ledger().claimById(first, 'replica-1', LEASE_MS, at(10));
    expect(await ledger().settle(first, 'replica-1', outageUntil(60_000), at(20))).toBe(true);
    expect(await ledger().claimById(second, 'replica-1', LEASE_MS, at(30))).toBeUndefined();
  });

  it('hands a new document its request could not send to the worker at once, not after the hand-off time', async () => {
    const [older] = await admitMany(1);
    await ledger().claimById(older, 'replica-1', LEASE_MS, at(10));
    expect(await ledger().settle(older, 'replica-1', outageUntil(1_000), at(20))).toBe(true);
    const newcomer = (
      await ledger().admit(
        anInvoice({ referenceCode: 'newcomer', workerAfter: at(60_000) }),
        at(30),
      )
    ).record.id;
    expect(await ledger().claimById(newcomer, 'replica-2', LEASE_MS, at(40))).toBeUndefined();

    const [retry] = await ledger().claimDue('replica-1', LEASE_MS, 10, at(1_000));
    expect(retry.record.id).toBe(older);
    const done = { state: 'validated' as const, reason: 'validated' };
    expect(await ledger().settle(older, 'replica-1', done, at(1_100))).toBe(true);
    const next = await ledger().claimDue('replica-1', LEASE_MS, 10, at(1_200));
    expect(next.map((c) => c.record.id)).toEqual([newcomer]);
  });

  it('leaves a new document its own request is sending to that request', async () => {
    const newcomer = (
      await ledger().admit(anInvoice({ referenceCode: 'fresh', workerAfter: at(5_000) }), at(0))
    ).record.id;
    expect(await ledger().claimById(newcomer, 'replica-1', LEASE_MS, at(10))).toBeDefined();
    expect(await ledger().claimById(newcomer, 'replica-2', LEASE_MS, at(20))).toBeUndefined();
    expect((await ledger().findById(newcomer))?.nextAttemptAt).toEqual(at(5_000));
  });

  it('claims newcomers by id beside an older document on its first attempt (first sends run together)', async () => {
    const [older, newer] = await admitMany(2);
    await ledger().claimById(older, 'replica-1', LEASE_MS, at(10));
    const claimed = await ledger().claimById(newer, 'replica-2', LEASE_MS, at(11));
    expect(claimed?.record).toMatchObject({ id: newer, state: 'sending', attempts: 1 });
  });
});
