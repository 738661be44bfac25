import { sql } from 'kysely';
import { Dec } from '../../../common/domain/decimal';
import type { Database } from '../../../database/database.tokens';
import { migrateToLatest } from '../../../database/migrate';
import { openTestPglite } from '../../../database/testing/test-pglite';
import { createTestDatabase } from '../../../../test/support/test-database';
import type { NewLedgerDocument } from '../../domain/document-ledger.port';
import { PostgresDocumentLedger } from '../postgres-document-ledger';

/** A database the ledger adapter runs on in tests: the machine's PostgreSQL, or the embedded one. */
export interface LedgerTestStore {
  name: string;
  /** Whether two connections really run side by side (PGlite has one session). */
  parallelSessions: boolean;
  open(): Promise<{ db: Database; close(): Promise<void> }>;
}

export const LEDGER_TEST_STORES: LedgerTestStore[] = [
  {
    name: 'PostgreSQL',
    parallelSessions: true,
    open: async () => {
      const test = await createTestDatabase();
      return { db: test.db, close: () => test.drop() };
    },
  },
  {
    name: 'PGlite',
    parallelSessions: false,
    open: async () => {
      const db = await openTestPglite();
      await migrateToLatest(db);
      return { db, close: () => db.destroy() };
    },
  },
];

/** Generous: a loaded 2-core machine creates and migrates a database per file. */
export const DATABASE_TIMEOUT_MS = 60_000;

/** A ledger on a store, emptied before each test (the suite shares one database). */
export function useLedger(store: LedgerTestStore): {
  ledger: () => PostgresDocumentLedger;
  db: () => Database;
} {
  let opened: { db: Database; close(): Promise<void> } | undefined;
  let ledger: PostgresDocumentLedger | undefined;
  beforeAll(async () => {
    opened = await store.open();
    ledger = new PostgresDocumentLedger(opened.db);
  }, DATABASE_TIMEOUT_MS);
  afterAll(async () => opened?.close(), DATABASE_TIMEOUT_MS);
  beforeEach(async () => {
    await sql`truncate ledger_history, ledger_documents, ledger_invoice_locks`.execute(opened!.db);
  });
  return { ledger: () => ledger!, db: () => opened!.db };
}

/** The lease the ledger's specs claim with. */
export const LEASE_MS = 30_000;

/**
 * `PostgresDocumentLedger <topic>` once per store, each with its ledger from useLedger (emptied
 * before every test) and the database timeout: the frame every ledger adapter spec shares.
 */
export function describeLedger(
  topic: string,
  body: (ledger: ReturnType<typeof useLedger>, store: LedgerTestStore) => void,
): void {
  jest.setTimeout(DATABASE_TIMEOUT_MS);
  describe.each(LEDGER_TEST_STORES)(`PostgresDocumentLedger ${topic} on $name`, (store) =>
    body(useLedger(store), store),
  );
}

/** Test time: `at(5_000)` is five seconds after the start of the tests' day. */
const T0 = Date.parse('2026-03-02T08:00:00.000Z');
export const at = (ms: number): Date => new Date(T0 + ms);

export function anInvoice(overrides: Partial<NewLedgerDocument> = {}): NewLedgerDocument {
  const referenceCode = overrides.referenceCode ?? 'INV-1';
  return {
    accountKey: 'account-a',
    documentType: 'invoice',
    referenceCode,
    fingerprint: `fp-${referenceCode}`,
    request: { reference_code: referenceCode, items: [{ price: '83300.00' }] },
    amount: new Dec('83300.00'),
    ...overrides,
  };
}

/** `count` invoices of one account, admitted 1 ms apart (oldest first); their ids. */
export async function admitInOrder(
  ledger: PostgresDocumentLedger,
  count: number,
  accountKey: string,
): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const referenceCode = `${accountKey}-${String(i).padStart(2, '0')}`;
    ids.push((await ledger.admit(anInvoice({ accountKey, referenceCode }), at(i))).record.id);
  }
  return ids;
}

export function aCreditNote(
  referenceCode: string,
  amount: string,
  invoiceNumber = 'SETP990000001',
): NewLedgerDocument {
  return anInvoice({
    documentType: 'credit-note',
    referenceCode,
    referencedNumber: invoiceNumber,
    amount: new Dec(amount),
  });
}
