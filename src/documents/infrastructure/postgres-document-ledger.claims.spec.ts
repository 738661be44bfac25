import { sql } from 'kysely';
import {
  admitInOrder,
  anInvoice,
  at,
  describeLedger,
  LEASE_MS,
} from './testing/ledger-test-stores';

describeLedger('claims', ({ ledger, db }, store) => {
  const admitMany = (count: number, accountKey = 'account-a') =>
    admitInOrder(ledger(), count, accountKey);
  /** One document for each of `count` accounts (the worker sends an account's one at a time). */
  const admitAcross = async (count: number) => {
    const ids: string[] = [];
    for (let i = 0; i < count; i++) {
      const accountKey = `account-${String(i).padStart(2, '0')}`;
      ids.push(
        (await ledger().admit(anInvoice({ accountKey, referenceCode: 'R' }), at(i))).record.id,
      );
    }
    return ids;
  };
  const historyOf = async (id: string) => (await ledger().findById(id, { history: true }))?.history;

  it('claims due queued documents oldest first: they turn sending, one attempt each, leased', async () => {
    const ids = await admitAcross(3);
    await ledger().admit(anInvoice({ referenceCode: 'later' }), at(60_000));

    const claims = await ledger().claimDue('replica-1', LEASE_MS, 10, at(1_000));

    expect(claims.map((c) => c.record.id)).toEqual(ids);
    for (const { record, takenOverFrom } of claims) {
      expect(record).toMatchObject({ state: 'sending', attempts: 1, leaseOwner: 'replica-1' });
      expect(record.leaseUntil).toEqual(at(1_000 + LEASE_MS));
      expect(takenOverFrom).toBeUndefined();
    }
    expect((await historyOf(ids[0]))?.at(-1)).toEqual({
      at: at(1_000),
      from: 'queued',
      to: 'sending',
      reason: 'claimed by replica-1, attempt 1',
    });
    // Claimed already: nothing is due until the leases run out.
    expect(await ledger().claimDue('replica-2', LEASE_MS, 10, at(2_000))).toEqual([]);
  });

  it('sends an account’s queued documents one at a time, in arrival order', async () => {
    const [first, second, third] = await admitMany(3);
    const claimed = await ledger().claimDue('replica-1', LEASE_MS, 10, at(1_000));
    expect(claimed.map((c) => c.record.id)).toEqual([first]);
    // While the first is being sent, nothing else of that account is claimed.
    expect(await ledger().claimDue('replica-2', LEASE_MS, 10, at(1_001))).toEqual([]);
    const done = { state: 'validated' as const, reason: 'validated' };
    await ledger().settle(first, 'replica-1', done, at(1_002));
    const next = await ledger().claimDue('replica-2', LEASE_MS, 10, at(1_003));
    expect(next.map((c) => c.record.id)).toEqual([second]);
    expect((await ledger().findById(third))?.state).toBe('queued');
  });

  it('gives two concurrent claimers disjoint sets that together are every due document', async () => {
    const ids = await admitAcross(20);
    const claimUntilEmpty = async (owner: string) => {
      const mine: string[] = [];
      for (;;) {
        const claims = await ledger().claimDue(owner, LEASE_MS, 3, at(1_000));
        if (claims.length === 0) return mine;
        mine.push(...claims.map((c) => c.record.id));
      }
    };

    const [first, second] = await Promise.all([claimUntilEmpty('r1'), claimUntilEmpty('r2')]);

    expect(first.filter((id) => second.includes(id))).toEqual([]);
    expect([...first, ...second].sort()).toEqual([...ids].sort());
  });

  it('takes over an expired sending lease, and the old owner can no longer write', async () => {
    const [id] = await admitMany(1);
    await ledger().claimDue('replica-1', LEASE_MS, 10, at(1_000));

    const [takeOver] = await ledger().claimDue('replica-2', LEASE_MS, 10, at(1_000 + LEASE_MS + 1));

    expect(takeOver.takenOverFrom).toBe('replica-1');
    expect(takeOver.record).toMatchObject({
      id,
      state: 'sending',
      attempts: 2,
      leaseOwner: 'replica-2',
    });
    expect((await historyOf(id))?.at(-1)).toMatchObject({
      from: 'sending',
      to: 'sending',
      reason: expect.stringContaining('lease of replica-1 expired; taken over by replica-2'),
    });
    const late = { state: 'validated' as const, reason: 'validated', number: 'SETP1' };
    expect(await ledger().settle(id, 'replica-1', late, at(40_000))).toBe(false);
    expect(await ledger().extendLease(id, 'replica-1', LEASE_MS, at(40_000))).toBe(false);
    expect((await ledger().findById(id))?.leaseOwner).toBe('replica-2');
    expect(await ledger().settle(id, 'replica-2', late, at(41_000))).toBe(true);
  });

  it('extends a lease only for its owner, which keeps it from being taken over', async () => {
    const [id] = await admitMany(1);
    await ledger().claimDue('replica-1', LEASE_MS, 10, at(0));

    expect(await ledger().extendLease(id, 'replica-1', LEASE_MS, at(20_000))).toBe(true);

    expect(await ledger().claimDue('replica-2', LEASE_MS, 10, at(LEASE_MS + 1))).toEqual([]);
    expect((await ledger().findById(id))?.leaseUntil).toEqual(at(20_000 + LEASE_MS));
  });

  it('claims a due pending_dian follow-up without a state change, an attempt or a history entry', async () => {
    const [id] = await admitMany(1);
    await ledger().claimDue('replica-1', LEASE_MS, 10, at(0));
    const pending = {
      state: 'pending_dian' as const,
      reason: 'DIAN is slow',
      nextAttemptAt: at(60_000),
    };
    await ledger().settle(id, 'replica-1', pending, at(1_000));
    const entries = (await historyOf(id))?.length;

    expect(await ledger().claimDue('replica-2', LEASE_MS, 10, at(59_999))).toEqual([]);
    const [followUp] = await ledger().claimDue('replica-2', LEASE_MS, 10, at(60_000));

    expect(followUp.record).toMatchObject({
      state: 'pending_dian',
      attempts: 1,
      leaseOwner: 'replica-2',
    });
    expect(followUp.takenOverFrom).toBeUndefined();
    expect((await historyOf(id))?.length).toBe(entries);
    // Held for its lease: no second follow-up meanwhile.
    expect(await ledger().claimDue('replica-3', LEASE_MS, 10, at(61_000))).toEqual([]);
  });

  it('claims one queued document by id, but not behind an account backlog waiting for a retry', async () => {
    const [older, newer] = await admitMany(2);
    const later = await ledger().admit(anInvoice({ accountKey: 'account-b' }), at(5));
    const other = later.record.id;
    await ledger().claimById(older, 'replica-1', LEASE_MS, at(10));
    const outage = {
      state: 'queued' as const,
      reason: 'Factus in maintenance',
      nextAttemptAt: at(60_000),
    };
    expect(await ledger().settle(older, 'replica-1', outage, at(20))).toBe(true);

    expect(await ledger().claimById(newer, 'replica-1', LEASE_MS, at(30))).toBeUndefined();
    const otherAccount = await ledger().claimById(other, 'replica-1', LEASE_MS, at(30));
    expect(otherAccount?.record).toMatchObject({ id: other, state: 'sending', attempts: 1 });
    expect(await ledger().claimById(older, 'replica-1', LEASE_MS, at(30))).toBeUndefined();

    const [retry] = await ledger().claimDue('replica-1', LEASE_MS, 1, at(60_000));
    expect(retry.record.id).toBe(older);
  });

  (store.parallelSessions ? it : it.skip)(
    'does not claim by id a document another transaction holds locked',
    async () => {
      const [id] = await admitMany(1);
      let release!: () => void;
      let locked!: () => void;
      const isLocked = new Promise<void>((resolve) => (locked = resolve));
      const holder = db()
        .transaction()
        .execute(async (trx) => {
          await sql`select id from ledger_documents where id = ${id} for update`.execute(trx);
          locked();
          await new Promise<void>((resolve) => (release = resolve));
        });
      await isLocked;

      const claimed = await ledger().claimById(id, 'replica-1', LEASE_MS, at(10));
      release();
      await holder;

      expect(claimed).toBeUndefined();
      expect(await ledger().claimById(id, 'replica-1', LEASE_MS, at(10))).toBeDefined();
    },
  );

  it('hands every lease of a stopping replica back: sending is queued again, follow-ups freed', async () => {
    const [sending, pending, othersDoc] = await admitAcross(3);
    await ledger().claimDue('replica-1', LEASE_MS, 2, at(10));
    await ledger().claimDue('replica-2', LEASE_MS, 1, at(10));
    const wait = { state: 'pending_dian' as const, reason: 'DIAN is slow', nextAttemptAt: at(20) };
    await ledger().settle(pending, 'replica-1', wait, at(15));
    await ledger().claimDue('replica-1', LEASE_MS, 1, at(20));

    expect(await ledger().releaseAll('replica-1', at(30))).toBe(2);

    expect(await ledger().findById(sending)).toMatchObject({
      state: 'queued',
      nextAttemptAt: at(30),
    });
    expect((await ledger().findById(sending))?.leaseOwner).toBeUndefined();
    expect((await historyOf(sending))?.at(-1)).toEqual({
      at: at(30),
      from: 'sending',
      to: 'queued',
      reason: 'handed back by replica-1 at shutdown',
    });
    expect(await ledger().findById(pending)).toMatchObject({
      state: 'pending_dian',
      leaseOwner: undefined,
    });
    expect(await ledger().findById(othersDoc)).toMatchObject({
      state: 'sending',
      leaseOwner: 'replica-2',
    });
    const reclaimed = await ledger().claimDue('replica-3', LEASE_MS, 10, at(31));
    expect(reclaimed.map((c) => c.record.id).sort()).toEqual([sending, pending].sort());
  });
});
