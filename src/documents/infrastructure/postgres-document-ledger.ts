import { Inject, Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import { DATABASE, type Database } from '../../database/database.tokens';
import {
  DEFAULT_LEDGER_TENANT,
  type Admission,
  type CreditCheck,
  type DocumentLedger,
  type LedgerClaim,
  type LedgerCursor,
  type LedgerFilter,
  type LedgerOutcome,
  type LedgerPage,
  type LedgerRecord,
  type LedgerStats,
  type LedgerTenantStats,
  type NewLedgerDocument,
} from '../domain/document-ledger.port';
import type { DocumentTypeKey } from '../domain/document-type';
import { LEDGER_STATES, type LedgerState } from '../domain/ledger-state';
import { admitCreditNote, insertOrFind } from './ledger-admission';
import { claim, claimableNow, dueNow, handToWorkerNow } from './ledger-claims';
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
    if (!claimed) await handToWorkerNow(this.db, id, now);
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

  /**
   * One query: documents counted by state and tenant (the id inside `tenant:<id>` account keys,
   * `default` for any other key), with the oldest of each group; the totals are added up here.
   */
  async stats(now: Date): Promise<LedgerStats> {
    // `tenant:<id>` is `tenantAccountKey(id)`: the id starts at the 8th character.
    const tenant = sql<string>`case when account_key like 'tenant:%' then substr(account_key, 8) else ${sql.lit(DEFAULT_LEDGER_TENANT)} end`;
    const rows = await this.db
      .selectFrom('ledger_documents')
      .select((eb) => [
        'state',
        tenant.as('tenant'),
        eb.fn.countAll().as('count'),
        eb.fn.min('created_at').as('oldest'),
      ])
      .groupBy(['state', tenant])
      .execute();
    const total = emptyStats('');
    const tenants = new Map<string, Tally>();
    for (const row of rows) {
      const state = toState(row.state);
      const count = Number(row.count);
      const oldest = toDate(row.oldest);
      let one = tenants.get(row.tenant);
      if (!one) tenants.set(row.tenant, (one = emptyStats(row.tenant)));
      for (const tally of [total, one]) {
        tally.byState[state] += count;
        const since = tally.oldest.get(state);
        if (!since || oldest < since) tally.oldest.set(state, oldest);
      }
    }
    const { byState, oldestQueuedMs, oldestPendingMs } = figures(total, now);
    return {
      byState,
      oldestQueuedMs,
      oldestPendingMs,
      byTenant: [...tenants.values()]
        .sort((a, b) => (a.tenant < b.tenant ? -1 : a.tenant > b.tenant ? 1 : 0))
        .map((tally) => figures(tally, now)),
    };
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

/** Counts and oldest creation time per state, of all documents or of one tenant's. */
interface Tally {
  tenant: string;
  byState: Record<LedgerState, number>;
  oldest: Map<LedgerState, Date>;
}

function emptyStats(tenant: string): Tally {
  const byState = Object.fromEntries(LEDGER_STATES.map((state) => [state, 0])) as Record<
    LedgerState,
    number
  >;
  return { tenant, byState, oldest: new Map() };
}

function figures(tally: Tally, now: Date): LedgerTenantStats {
  const ageOf = (state: LedgerState): number => {
    const since = tally.oldest.get(state);
    return since ? Math.max(0, now.getTime() - since.getTime()) : 0;
  };
  return {
    tenant: tally.tenant,
    byState: tally.byState,
    oldestQueuedMs: ageOf('queued'),
    oldestPendingMs: ageOf('pending_dian'),
  };
}
