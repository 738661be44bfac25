import type { Updateable } from 'kysely';
import type { LedgerDocumentsTable } from '../../database/database.schema';
import type { Database } from '../../database/database.tokens';
import type {
  LedgerOutcome,
  LedgerRecord,
  NewLedgerDocument,
} from '../domain/document-ledger.port';
import { canTransition, LEDGER_STATES, type LedgerState } from '../domain/ledger-state';
import { insertEvent } from './ledger-events';
import { historyRow, toRecord, toState } from './ledger-rows';

type Changes = Updateable<LedgerDocumentsTable>;

/**
 * Writes an attempt's outcome while `owner` still holds the lease (fencing: once another replica
 * took it over, the row no longer names `owner` and nothing is written). One statement (atomic,
 * one round trip): the previous state is read from the row it locks, the row is updated, and the
 * history row and, when it reaches a state the ERP is told about, its event (the outbox, see
 * ledger-events.ts) written. Only when nothing was written is the row read again, to tell a lost lease
 * (false) from a transition the state machine forbids (a programming error: thrown).
 */
export async function settleLease(
  db: Database,
  id: string,
  owner: string,
  outcome: LedgerOutcome,
  now: Date,
): Promise<boolean> {
  const from = LEDGER_STATES.filter((state) => canTransition(state, outcome.state));
  const settled = await db
    .with('old', (qc) =>
      qc
        .selectFrom('ledger_documents')
        .select(['id', 'state'])
        .where('id', '=', id)
        .where('lease_owner', '=', owner)
        .where('state', 'in', from.length > 0 ? from : ['(none)'])
        .forUpdate(),
    )
    .with('settled', (qc) =>
      qc
        .updateTable('ledger_documents as d')
        .from('old')
        .whereRef('d.id', '=', 'old.id')
        .set(outcomeChanges(outcome, now))
        .returningAll('d')
        .returning(['old.state as old_state', 'd.state as new_state']),
    )
    .with('entry', (qc) =>
      qc
        .insertInto('ledger_history')
        .columns(['document_id', 'at', 'from_state', 'to_state', 'reason'])
        .expression((eb) =>
          eb
            .selectFrom('settled')
            .select((s) => [
              'settled.id',
              s.val(now).as('at'),
              'settled.old_state',
              'settled.new_state',
              s.val(outcome.reason).as('reason'),
            ])
            // Every attempt's end is a change from `sending`, even one landing on the same state.
            .where((w) =>
              w.or([
                w('settled.old_state', '<>', w.ref('settled.new_state')),
                w('settled.old_state', '=', 'sending'),
              ]),
            ),
        ),
    )
    .with('event', (qc) => insertEvent(qc, now))
    .selectFrom('settled')
    .select('settled.id')
    .executeTakeFirst();
  return settled ? true : lostLeaseOrRefused(db, id, owner, outcome);
}

/** Nothing was written: false when the lease is not ours, a throw when the transition is wrong. */
async function lostLeaseOrRefused(
  db: Database,
  id: string,
  owner: string,
  outcome: LedgerOutcome,
): Promise<false> {
  const held = await db
    .selectFrom('ledger_documents')
    .select('state')
    .where('id', '=', id)
    .where('lease_owner', '=', owner)
    .executeTakeFirst();
  // Ours, but the state machine forbids it: the caller is wrong, not the lease.
  if (held) throw new Error(`Ledger ${id}: ${held.state} → ${outcome.state} is not a transition`);
  return false;
}

function outcomeChanges(outcome: LedgerOutcome, now: Date): Changes {
  const changes: Changes = {
    state: outcome.state,
    lease_owner: null,
    lease_until: null,
    updated_at: now,
  };
  if (outcome.number !== undefined) changes.number = outcome.number;
  if (outcome.trackId !== undefined) changes.track_id = outcome.trackId;
  if (outcome.dianMessages !== undefined)
    changes.dian_messages = JSON.stringify(outcome.dianMessages);
  if (outcome.lastError !== undefined)
    changes.last_error = outcome.lastError === null ? null : JSON.stringify(outcome.lastError);
  if (outcome.nextAttemptAt !== undefined) changes.next_attempt_at = outcome.nextAttemptAt;
  if (outcome.cleanup !== undefined) changes.cleanup = outcome.cleanup;
  return changes;
}

const RESUBMITTABLE: LedgerState[] = ['rejected', 'failed'];

/**
 * A rejected or failed document queued again with the caller's (maybe corrected) request: what
 * the provider said about the previous attempt is cleared, the attempts count is kept.
 */
export async function requeue(
  db: Database,
  id: string,
  changes: Pick<NewLedgerDocument, 'fingerprint' | 'request' | 'amount'>,
  now: Date,
  reason: string,
): Promise<LedgerRecord | undefined> {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .with('old', (qc) =>
        qc
          .selectFrom('ledger_documents')
          .select(['id', 'state'])
          .where('id', '=', id)
          .where('state', 'in', RESUBMITTABLE)
          .forUpdate(),
      )
      .updateTable('ledger_documents as d')
      .from('old')
      .whereRef('d.id', '=', 'old.id')
      .set({
        state: 'queued',
        fingerprint: changes.fingerprint,
        request: JSON.stringify(changes.request),
        amount: changes.amount?.toFixed(2) ?? null,
        number: null,
        track_id: null,
        dian_messages: '[]',
        last_error: null,
        cleanup: null,
        next_attempt_at: now,
        lease_owner: null,
        lease_until: null,
        updated_at: now,
      })
      .returningAll('d')
      .returning('old.state as old_state')
      .executeTakeFirst();
    if (!row) return undefined;
    await trx
      .insertInto('ledger_history')
      .values(historyRow(id, now, toState(row.old_state), 'queued', reason))
      .execute();
    return toRecord(row);
  });
}
