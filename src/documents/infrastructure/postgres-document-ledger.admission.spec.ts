import { Dec, sum } from '../../common/domain/decimal';
import type { LedgerCredit } from '../domain/document-ledger.port';
import { aCreditNote, anInvoice, at, describeLedger } from './testing/ledger-test-stores';

class CreditExceedsRemainder extends Error {}

/** The use case's check, as the ledger runs it: the invoice's total may not be over-credited. */
const withinTotal =
  (total: string, amount: string) =>
  (credits: LedgerCredit[]): void => {
    const credited = sum(credits.map((credit) => credit.amount));
    if (credited.plus(amount).greaterThan(total))
      throw new CreditExceedsRemainder(`only ${new Dec(total).minus(credited).toFixed(2)} left`);
  };

describeLedger('admissions', ({ ledger }) => {
  it('records a new document as queued, due now, with its request and a first history entry', async () => {
    const { outcome, record } = await ledger().admit(anInvoice(), at(0));

    expect(outcome).toBe('created');
    expect(record).toMatchObject({
      accountKey: 'account-a',
      documentType: 'invoice',
      referenceCode: 'INV-1',
      fingerprint: 'fp-INV-1',
      request: { reference_code: 'INV-1', items: [{ price: '83300.00' }] },
      state: 'queued',
      attempts: 0,
      dianMessages: [],
      nextAttemptAt: at(0),
      createdAt: at(0),
      updatedAt: at(0),
    });
    expect(record.amount?.equals('83300')).toBe(true);
    expect(record.number).toBeUndefined();
    expect(record.leaseOwner).toBeUndefined();
    const found = await ledger().findById(record.id, { history: true });
    expect(found?.history).toEqual([
      { at: at(0), from: undefined, to: 'queued', reason: 'received' },
    ]);
  });

  it('returns the record already under a reference, untouched, and writes nothing', async () => {
    const first = await ledger().admit(anInvoice(), at(0));
    const again = await ledger().admit(anInvoice({ fingerprint: 'other body' }), at(9_000));

    expect(again.outcome).toBe('existing');
    expect(again.record).toEqual(first.record);
    const found = await ledger().find('account-a', 'invoice', 'INV-1', { history: true });
    expect(found?.history).toHaveLength(1);
  });

  it('keeps references apart per account and per document type', async () => {
    const invoice = await ledger().admit(anInvoice(), at(0));
    const otherAccount = await ledger().admit(anInvoice({ accountKey: 'account-b' }), at(1));
    const note = await ledger().admit(aCreditNote('INV-1', '10.00'), at(2));

    expect([invoice.outcome, otherAccount.outcome, note.outcome]).toEqual([
      'created',
      'created',
      'created',
    ]);
    expect(await ledger().find('account-b', 'invoice', 'INV-1')).toMatchObject({
      id: otherAccount.record.id,
    });
    expect(await ledger().find('account-a', 'debit-note', 'INV-1')).toBeUndefined();
  });

  // With no earlier note the lock row is new and its INSERT alone makes the others wait; with one,
  // only the row lock serialises them.
  it.each([
    ['the first notes on an invoice', undefined],
    ['notes on an invoice credited in part already', '300.00'],
  ])(
    'admits exactly one of ten concurrent notes for the whole remainder: %s',
    async (_, earlier) => {
      if (earlier) await ledger().admitCredit(aCreditNote('NC-early', earlier), at(0), () => {});
      const remainder = new Dec('83300.00').minus(earlier ?? 0).toFixed(2);

      const results = await Promise.allSettled(
        Array.from({ length: 10 }, (_, i) =>
          ledger().admitCredit(
            aCreditNote(`NC-${i}`, remainder),
            at(1 + i),
            withinTotal('83300.00', remainder),
          ),
        ),
      );

      const admitted = results.filter((result) => result.status === 'fulfilled');
      const refused = results.flatMap((result): unknown[] =>
        result.status === 'rejected' ? [result.reason] : [],
      );
      expect(admitted).toHaveLength(1);
      expect(refused).toHaveLength(9);
      for (const reason of refused) expect(reason).toBeInstanceOf(CreditExceedsRemainder);
      const page = await ledger().list('account-a', { documentType: 'credit-note' }, undefined, 20);
      expect(page.records).toHaveLength(earlier ? 2 : 1);
    },
  );

  it('shows the check the credits in counting states only, and refuses by writing nothing', async () => {
    const seen: LedgerCredit[][] = [];
    const record = (credits: LedgerCredit[]) => void seen.push(credits);
    await ledger().admitCredit(aCreditNote('NC-1', '100.00'), at(0), record);
    const refusal = new CreditExceedsRemainder('no');
    await expect(
      ledger().admitCredit(aCreditNote('NC-2', '50.00'), at(1), () => {
        throw refusal;
      }),
    ).rejects.toBe(refusal);
    await ledger().admitCredit(aCreditNote('NC-3', '20.00'), at(2), record);

    expect(await ledger().find('account-a', 'credit-note', 'NC-2')).toBeUndefined();
    expect(seen[0]).toEqual([]);
    expect(seen[1]).toEqual([
      { referenceCode: 'NC-1', number: undefined, state: 'queued', amount: new Dec('100') },
    ]);
    // Another invoice's notes are not this invoice's credits.
    await ledger().admitCredit(aCreditNote('NC-4', '1.00', 'SETP990000002'), at(3), record);
    expect(seen[2]).toEqual([]);
    // A rejected note credits nothing.
    const [nc1] = await ledger().claimDue('replica-1', 30_000, 1, at(4));
    const rejected = { state: 'rejected' as const, reason: 'DIAN rejected it' };
    await ledger().settle(nc1.record.id, 'replica-1', rejected, at(5));
    await ledger().admitCredit(aCreditNote('NC-5', '1.00'), at(6), record);
    expect(seen[3].map((credit) => credit.referenceCode)).toEqual(['NC-3']);
  });

  it('returns an existing credit note without asking the check again', async () => {
    const first = await ledger().admitCredit(aCreditNote('NC-1', '83300.00'), at(0), () => {});
    const check = jest.fn(withinTotal('83300.00', '83300.00'));
    const again = await ledger().admitCredit(aCreditNote('NC-1', '83300.00'), at(1), check);

    expect(again).toEqual({ outcome: 'existing', record: first.record });
    expect(check).not.toHaveBeenCalled();
  });

  it('checks a rejected credit note sent again like a new one: it may not take what others credited meanwhile', async () => {
    const first = await ledger().admitCredit(aCreditNote('NC-1', '1.00'), at(0), () => {});
    await ledger().claimDue('replica-1', 30_000, 10, at(1));
    const rejected = { state: 'rejected' as const, reason: 'DIAN rejected it' };
    await ledger().settle(first.record.id, 'replica-1', rejected, at(2));
    await ledger().admitCredit(aCreditNote('NC-2', '83300.00'), at(3), () => {});

    // Corrected to the whole invoice: NC-2 holds it all, so the check refuses it.
    const again = ledger().admitCredit(
      aCreditNote('NC-1', '83300.00'),
      at(4),
      withinTotal('83300.00', '83300.00'),
    );
    await expect(again).rejects.toBeInstanceOf(CreditExceedsRemainder);
    expect((await ledger().findById(first.record.id))?.state).toBe('rejected');
  });

  it('queues a rejected document again with the corrected request, clearing what the provider said', async () => {
    const { record } = await ledger().admit(anInvoice(), at(0));
    await ledger().claimDue('replica-1', 30_000, 10, at(1));
    await ledger().settle(
      record.id,
      'replica-1',
      {
        state: 'rejected',
        reason: 'DIAN rejected it',
        number: 'SETP990000009',
        trackId: 'cufe-1',
        dianMessages: [{ rule: 'FAJ43b', kind: 'rejection', message: 'bad name' }],
        lastError: { code: 'INVOICE_REJECTED', message: 'rejected' },
        cleanup: 'pending',
      },
      at(2),
    );

    const corrected = { fingerprint: 'fp-2', request: { fixed: true }, amount: new Dec('90000') };
    const resubmitted = await ledger().resubmit(
      record.id,
      corrected,
      at(3),
      'sent again by the caller',
    );

    expect(resubmitted).toMatchObject({
      state: 'queued',
      attempts: 1,
      fingerprint: 'fp-2',
      request: { fixed: true },
      dianMessages: [],
      nextAttemptAt: at(3),
      updatedAt: at(3),
    });
    expect(resubmitted?.amount?.equals('90000')).toBe(true);
    for (const cleared of ['number', 'trackId', 'lastError', 'cleanup', 'leaseOwner'] as const)
      expect(resubmitted?.[cleared]).toBeUndefined();
    const history = (await ledger().findById(record.id, { history: true }))?.history;
    expect(history?.at(-1)).toEqual({
      at: at(3),
      from: 'rejected',
      to: 'queued',
      reason: 'sent again by the caller',
    });
  });

  it('does not resubmit a document that is not rejected or failed', async () => {
    const { record } = await ledger().admit(anInvoice(), at(0));

    const changes = { fingerprint: 'fp-2', request: {} };
    expect(await ledger().resubmit(record.id, changes, at(1), 'again')).toBeUndefined();
    expect(await ledger().findById(record.id)).toEqual(record);
  });
});
