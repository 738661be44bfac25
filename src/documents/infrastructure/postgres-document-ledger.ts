import { Inject, Injectable } from '@nestjs/common';
import { DATABASE, type Database } from '../../database/database.tokens';
import type {
  Admission,
  CreditCheck,
  DocumentLedger,
  LedgerClaim,
  LedgerCursor,
  LedgerFilter,
  LedgerOutcome,
  LedgerPage,
  LedgerRecord,
  LedgerStats,
  NewLedgerDocument,
} from '../domain/document-ledger.port';
import type { DocumentTypeKey } from '../domain/document-type';
import { LEDGER_STATES, type LedgerState } from '../domain/ledger-state';
import { admitCreditNote, insertOrFind } from './ledger-admission';
import { claim, claimableNow, dueNow } from './ledger-claims';
import { historyRow, toDate, toRecord, toState, type LedgerRow } from './ledger-rows';
import { requeue, settleLease } from './ledger-settlement';

/**
 * The document ledger on PostgreSQL (or the embedded PGlite: same SQL). Times are always the
 * caller's `now`, never the database clock, so that the worker and the tests drive time.
 */
@Injectable()
export class PostgresDocumentLedger implements DocumentLedger {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  admit(document: NewLedgerDocument, now: Date): Promise<Admission> {
    return insertOrFind(this.db, document, now);
  }

  admitCredit(document: NewLedgerDocument, now: Date, check: CreditCheck): Promise<Admission> {
    return admitCreditNote(this.db, document, now, check);
  }

  resubmit(
    id: string,
    changes: Pick<NewLedgerDocument, 'fingerprint' | 'request' | 'amount'>,
    now: Date,
    reason: string,
  ): Promise<LedgerRecord | undefined> {
    return requeue(this.db, id, changes, now, reason);
  }

  claimDue(owner: string, leaseMs: number, limit: number, now: Date): Promise<LedgerClaim[]> {
    return claim(this.db, dueNow(now), { owner, leaseMs, limit, now });
  }

  async claimById(
    id: string,
    owner: string,
    leaseMs: number,
    now: Date,
    options: { followUp?: boolean; resume?: boolean } = {},
  ): Promise<LedgerClaim | undefined> {
    const [claimed] = await claim(this.db, claimableNow(id, now, options), {
      owner,
      leaseMs,
      limit: 1,
      now,
    });
    return claimed;
  }

  settle(id: string, owner: string, outcome: LedgerOutcome, now: Date): Promise<boolean> {
    return settleLease(this.db, id, owner, outcome, now);
  }

  async extendLease(id: string, owner: string, leaseMs: number, now: Date): Promise<boolean> {
    const result = await this.db
      .updateTable('ledger_documents')
      .set({ lease_until: new Date(now.getTime() + leaseMs) })
      .where('id', '=', id)
      .where('lease_owner', '=', owner)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  releaseAll(owner: string, now: Date): Promise<number> {
    return this.db.transaction().execute(async (trx) => {
      const handedBack = await trx
        .updateTable('ledger_documents')
        .set({
          state: 'queued',
          next_attempt_at: now,
          lease_owner: null,
          lease_until: null,
          updated_at: now,
        })
        .where('lease_owner', '=', owner)
        .where('state', '=', 'sending')
        .returning('id')
        .execute();
      if (handedBack.length > 0) {
        const reason = `handed back by ${owner} at shutdown`;
        await trx
          .insertInto('ledger_history')
          .values(handedBack.map(({ id }) => historyRow(id, now, 'sending', 'queued', reason)))
          .execute();
      }
      // A follow-up that had not started: its schedule stands, any replica may take it.
      const freed = await trx
        .updateTable('ledger_documents')
        .set({ lease_owner: null, lease_until: null, updated_at: now })
        .where('lease_owner', '=', owner)
        .executeTakeFirst();
      return handedBack.length + Number(freed.numUpdatedRows);
    });
  }

  async find(
    accountKey: string,
    documentType: DocumentTypeKey,
    referenceCode: string,
    options: { history?: boolean } = {},
  ): Promise<LedgerRecord | undefined> {
    const row = await this.db
      .selectFrom('ledger_documents')
      .selectAll()
      .where('account_key', '=', accountKey)
      .where('document_type', '=', documentType)
      .where('reference_code', '=', referenceCode)
      .executeTakeFirst();
    return row && this.withHistory(row, options.history);
  }

  async findById(
    id: string,
    options: { history?: boolean } = {},
  ): Promise<LedgerRecord | undefined> {
    const row = await this.db
      .selectFrom('ledger_documents')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row && this.withHistory(row, options.history);
  }

  async list(
    accountKey: string,
    filter: LedgerFilter,
    cursor: LedgerCursor | undefined,
    limit: number,
  ): Promise<LedgerPage> {
    let query = this.db
      .selectFrom('ledger_documents')
      .selectAll()
      .where('account_key', '=', accountKey)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit + 1);
    if (filter.state) query = query.where('state', '=', filter.state);
    if (filter.documentType) query = query.where('document_type', '=', filter.documentType);
    if (cursor)
      query = query.where((eb) =>
        eb(eb.refTuple('created_at', 'id'), '<', eb.tuple(cursor.createdAt, cursor.id)),
      );
    const rows = await query.execute();
    const records = rows.slice(0, limit).map((row) => toRecord(row));
    const last = records.at(-1);
    return rows.length > limit && last
      ? { records, next: { createdAt: last.createdAt, id: last.id } }
      : { records };
  }

  async setCleanup(
    id: string,
    cleanup: 'done' | 'failed',
    now: Date,
    reason: string,
  ): Promise<void> {
    // One statement: the new cleanup and its history row are written together or not at all.
    const written = await this.db
      .with('changed', (qc) =>
        qc
          .updateTable('ledger_documents')
          .set({ cleanup, updated_at: now })
          .where('id', '=', id)
          .returning(['id', 'state']),
      )
      .insertInto('ledger_history')
      .columns(['document_id', 'at', 'from_state', 'to_state', 'reason'])
      .expression((eb) =>
        eb
          .selectFrom('changed')
          .select((s) => [
            'changed.id',
            s.val(now).as('at'),
            'changed.state as from_state',
            'changed.state as to_state',
            s.val(reason).as('reason'),
          ]),
      )
      .returning('id')
      .executeTakeFirst();
    if (!written) throw new Error(`Ledger ${id}: no such document to record a cleanup on`);
  }

  async rejectedAwaitingCleanup(accountKey: string): Promise<LedgerRecord[]> {
    const rows = await this.db
      .selectFrom('ledger_documents')
      .selectAll()
      .where('account_key', '=', accountKey)
      .where('state', '=', 'rejected')
      .where('cleanup', 'in', ['pending', 'failed'])
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map((row) => toRecord(row));
  }

  async stats(now: Date): Promise<LedgerStats> {
    const rows = await this.db
      .selectFrom('ledger_documents')
      .select((eb) => ['state', eb.fn.countAll().as('count'), eb.fn.min('created_at').as('oldest')])
      .groupBy('state')
      .execute();
    const byState = Object.fromEntries(LEDGER_STATES.map((state) => [state, 0])) as Record<
      LedgerState,
      number
    >;
    const oldest = new Map<LedgerState, Date>();
    for (const row of rows) {
      const state = toState(row.state);
      byState[state] = Number(row.count);
      oldest.set(state, toDate(row.oldest));
    }
    const ageOf = (state: LedgerState): number => {
      const since = oldest.get(state);
      return since ? Math.max(0, now.getTime() - since.getTime()) : 0;
    };
    return { byState, oldestQueuedMs: ageOf('queued'), oldestPendingMs: ageOf('pending_dian') };
  }

  private async withHistory(row: LedgerRow, history?: boolean): Promise<LedgerRecord> {
    if (!history) return toRecord(row);
    const entries = await this.db
      .selectFrom('ledger_history')
      .selectAll()
      .where('document_id', '=', row.id)
      .orderBy('id')
      .execute();
    return toRecord(row, entries);
  }
}
