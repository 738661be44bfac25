import { sql } from 'kysely';
import { toLedgerRecordResponse } from '../http/ledger-record.mapper';
import type { LedgerOutcome } from '../domain/document-ledger.port';
import { aCreditNote, anInvoice, at, describeLedger, LEASE_MS } from './testing/ledger-test-stores';

/** The outbox: settleLease writes an event in the same statement as the change that causes it. */
describeLedger('events', ({ ledger, db }) => {
  beforeEach(async () => {
    await sql`truncate events cascade`.execute(db());
  });

  const events = async () =>
    (await db().selectFrom('events').selectAll().orderBy('seq').execute()).map((row) => ({
      ...row,
      created_at: new Date(row.created_at),
    }));

  /** Admits and claims a document: `sending`, leased by `owner`. */
  const sending = async (document = anInvoice(), now = at(0), owner = 'replica-1') => {
    const { record } = await ledger().admit(document, now);
    if (!(await ledger().claimById(record.id, owner, LEASE_MS, now))) throw new Error('unclaimed');
    return record.id;
  };
  const settle = (id: string, outcome: LedgerOutcome, now: Date, owner = 'replica-1') =>
    ledger().settle(id, owner, outcome, now);
  /** What GET …/by-reference/… answers for the document now (without history), as JSON. */
  const shownRecord = async (id: string) =>
    JSON.parse(JSON.stringify(toLedgerRecordResponse((await ledger().findById(id))!))) as object;

  it('writes one invoice.validated event whose data is the record as the API shows it', async () => {
    const id = await sending();
    const dianMessages = [{ rule: 'FAK24', kind: 'notice' as const, message: 'a notice' }];

    await settle(
      id,
      { state: 'validated', reason: 'ok', number: 'SETP1', trackId: 'cufe-1', dianMessages },
      at(5_000),
    );

    const written = await events();
    expect(written).toHaveLength(1);
    expect(written[0]).toMatchObject({
      id: expect.stringMatching(/^evt_[0-9a-f]{32}$/),
      account_key: 'account-a',
      type: 'invoice.validated',
      document_id: id,
      created_at: at(5_000),
      fanned_out_at: null,
    });
    expect(written[0].data).toEqual(await shownRecord(id));
    expect(written[0].data).toMatchObject({
      cufe: 'cufe-1',
      links: {
        self: '/api/v1/invoices/by-reference/INV-1',
        document: '/api/v1/invoices/SETP1',
      },
    });
  });

  it('writes pending_dian then validated in order, and nothing for a follow-up that changes nothing', async () => {
    const id = await sending();
    await settle(id, { state: 'pending_dian', reason: 'slow', nextAttemptAt: at(10) }, at(5));
    const pendingRecord = await shownRecord(id);
    await ledger().claimDue('replica-1', LEASE_MS, 1, at(10));
    await settle(id, { state: 'pending_dian', reason: 'silent', nextAttemptAt: at(99) }, at(20));
    await ledger().claimDue('replica-1', LEASE_MS, 1, at(99));
    await settle(id, { state: 'validated', reason: 'ok', number: 'SETP2' }, at(100));

    const written = await events();
    expect(written.map((event) => [event.type, event.created_at])).toEqual([
      ['invoice.pending_dian', at(5)],
      ['invoice.validated', at(100)],
    ]);
    expect(Number(written[0].seq)).toBeLessThan(Number(written[1].seq));
    expect(written[0].data).toEqual(pendingRecord);
    expect(written[0].data).toMatchObject({ nextAttemptAt: at(10).toISOString() });
    expect(written[1].data).toEqual(await shownRecord(id));
  });

  it('writes nothing for a claim, an outage put back in the queue, or a resubmission', async () => {
    const id = await sending();
    await settle(id, { state: 'queued', reason: 'outage', nextAttemptAt: at(10) }, at(5));
    await ledger().claimDue('replica-1', LEASE_MS, 1, at(10));
    expect(await events()).toEqual([]);

    await settle(id, { state: 'rejected', reason: 'DIAN said no' }, at(20));
    await ledger().resubmit(id, { fingerprint: 'fp-2', request: {} }, at(30), 'corrected');
    await ledger().claimById(id, 'replica-1', LEASE_MS, at(30));
    expect((await events()).map((event) => event.type)).toEqual(['invoice.rejected']);

    await settle(id, { state: 'failed', reason: 'gave up' }, at(40));
    expect((await events()).map((event) => event.type)).toEqual([
      'invoice.rejected',
      'invoice.failed',
    ]);
  });

  it('writes no event when the settle is refused because another replica took the lease over', async () => {
    const id = await sending();
    const takenOver = await ledger().claimDue('replica-2', LEASE_MS, 1, at(LEASE_MS + 1));
    expect(takenOver).toHaveLength(1);

    const written = await settle(id, { state: 'validated', reason: 'late' }, at(LEASE_MS + 2));

    expect(written).toBe(false);
    expect(await events()).toEqual([]);
    expect(await ledger().findById(id)).toMatchObject({ state: 'sending' });
  });

  it('names notes credit_note.* with their CUDE, last error and percent-encoded links', async () => {
    const note = aCreditNote('NC 1/ñ?#', '10.00');
    const id = await sending(note);
    const lastError = { code: 'INVOICE_REJECTED', message: 'FAK24 "quoted" \\ back' };

    await settle(
      id,
      { state: 'rejected', reason: 'no', number: 'NC-7', trackId: 'cude-1', lastError },
      at(50),
    );

    const [event] = await events();
    expect(event.type).toBe('credit_note.rejected');
    expect(event.data).toEqual(await shownRecord(id));
    expect(event.data).toMatchObject({
      documentType: 'credit-note',
      cude: 'cude-1',
      lastError,
      links: {
        self: `/api/v1/credit-notes/by-reference/${encodeURIComponent('NC 1/ñ?#')}`,
        document: '/api/v1/credit-notes/NC-7',
      },
    });
    expect(event.data).not.toHaveProperty('cufe');
  });

  it('names debit notes debit_note.*', async () => {
    const id = await sending(anInvoice({ documentType: 'debit-note', referenceCode: "ND-(1)'*" }));
    await settle(id, { state: 'validated', reason: 'ok' }, at(60));
    const [event] = await events();
    expect(event.type).toBe('debit_note.validated');
    expect(event.data).toEqual(await shownRecord(id));
  });
});
