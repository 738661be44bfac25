import type { Kysely } from 'kysely';
import { Dec } from '../../common/domain/decimal';
import type { DatabaseSchema } from '../../database/database.schema';
import type { Database } from '../../database/database.tokens';
import type {
  Admission,
  CreditCheck,
  LedgerCredit,
  NewLedgerDocument,
} from '../domain/document-ledger.port';
import { COUNTING_STATES } from '../domain/ledger-state';
import { newDocumentRow, toRecord, toState } from './ledger-rows';

/** The database or a transaction on it. */
type Executor = Kysely<DatabaseSchema>;

/**
 * Inserts the document as queued with its first history row, in one statement (so atomic without
 * a transaction of its own), or returns the record already under its reference, untouched.
 */
export async function insertOrFind(
  db: Executor,
  document: NewLedgerDocument,
  now: Date,
): Promise<Admission> {
  const created = await db
    .with('inserted', (qc) =>
      qc
        .insertInto('ledger_documents')
        .values(newDocumentRow(document, now))
        .onConflict((oc) =>
          oc.columns(['account_key', 'document_type', 'reference_code']).doNothing(),
        )
        .returningAll(),
    )
    .with('first_entry', (qc) =>
      qc
        .insertInto('ledger_history')
        .columns(['document_id', 'at', 'from_state', 'to_state', 'reason'])
        .expression((eb) =>
          eb
            .selectFrom('inserted')
            .select((s) => [
              'inserted.id',
              s.val(now).as('at'),
              s.val(null).as('from_state'),
              'inserted.state',
              s.val('received').as('reason'),
            ]),
        ),
    )
    .selectFrom('inserted')
    .selectAll()
    .executeTakeFirst();
  if (created) return { outcome: 'created', record: toRecord(created) };
  const existing = await findByReference(db, document);
  // Only a concurrent delete could get here: the reference existed a statement ago.
  if (!existing) throw new Error(`Ledger reference ${document.referenceCode} vanished`);
  return { outcome: 'existing', record: existing };
}

/**
 * A credit note admitted under its invoice's row lock, so that concurrent notes on one invoice
 * (on any replica) are checked one after the other against every credit the ledger holds.
 */
export async function admitCreditNote(
  db: Database,
  document: NewLedgerDocument,
  now: Date,
  check: CreditCheck,
): Promise<Admission> {
  const invoiceNumber = document.referencedNumber;
  if (invoiceNumber === undefined)
    throw new Error('A credit note is admitted against the invoice it references');
  return db.transaction().execute(async (trx) => {
    const lock = { account_key: document.accountKey, invoice_number: invoiceNumber };
    await trx
      .insertInto('ledger_invoice_locks')
      .values(lock)
      .onConflict((oc) => oc.columns(['account_key', 'invoice_number']).doNothing())
      .execute();
    await trx
      .selectFrom('ledger_invoice_locks')
      .select('invoice_number')
      .where('account_key', '=', lock.account_key)
      .where('invoice_number', '=', lock.invoice_number)
      .forUpdate()
      .execute();
    const existing = await findByReference(trx, document);
    // A rejected or failed note credits nothing now; sent again it would: it is checked like a
    // new one (the caller may resubmit it right after, under this same reference).
    if (existing && existing.state !== 'rejected' && existing.state !== 'failed')
      return { outcome: 'existing', record: existing };
    check(await creditsAgainst(trx, document, invoiceNumber));
    if (existing) return { outcome: 'existing', record: existing };
    return insertOrFind(trx, document, now);
  });
}

/** The notes of the new note's type (credit notes, adjustment notes) against the same document. */
async function creditsAgainst(
  db: Executor,
  document: NewLedgerDocument,
  invoiceNumber: string,
): Promise<LedgerCredit[]> {
  const rows = await db
    .selectFrom('ledger_documents')
    .select(['reference_code', 'number', 'state', 'amount'])
    .where('account_key', '=', document.accountKey)
    .where('document_type', '=', document.documentType)
    .where('referenced_number', '=', invoiceNumber)
    .where('state', 'in', COUNTING_STATES)
    .orderBy('created_at')
    .execute();
  return rows.map((row) => ({
    referenceCode: row.reference_code,
    number: row.number ?? undefined,
    state: toState(row.state),
    amount: new Dec(row.amount ?? 0),
  }));
}

async function findByReference(db: Executor, document: NewLedgerDocument) {
  const row = await db
    .selectFrom('ledger_documents')
    .selectAll()
    .where('account_key', '=', document.accountKey)
    .where('document_type', '=', document.documentType)
    .where('reference_code', '=', document.referenceCode)
    .executeTakeFirst();
  return row && toRecord(row);
}
