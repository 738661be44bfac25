import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { DatabaseSchema } from '../../database/database.schema';
import type { Database } from '../../database/database.tokens';
import type { LedgerClaim } from '../domain/document-ledger.port';
import { toRecord, type LedgerRow } from './ledger-rows';

type Documents = ExpressionBuilder<DatabaseSchema, 'ledger_documents'>;
type DueFilter = (eb: Documents) => Expression<SqlBool>;

export interface ClaimRequest {
  owner: string;
  leaseMs: number;
  limit: number;
  now: Date;
}

/**
 * What the worker may claim at `now`: queued documents whose time has come, pending_dian ones due
 * for a follow-up that nobody holds, and `sending` ones whose owner's lease ran out. The worker
 * sends an account's queued documents one at a time in arrival order (Factus numbers them in the
 * order it receives them, and a rejected one blocks the next): a queued document is claimed only
 * when it is its account's oldest queued one and none of the account's documents is `sending`
 * (being sent, or with an expired lease, about to be taken over: the same claim must not take
 * both).
 */
export function dueNow(now: Date): DueFilter {
  return (eb) =>
    eb.or([
      eb.and([
        eb('state', '=', 'queued'),
        eb('next_attempt_at', '<=', now),
        eb.not(
          eb.exists(
            eb
              .selectFrom('ledger_documents as other')
              .select('other.id')
              .whereRef('other.account_key', '=', 'ledger_documents.account_key')
              .whereRef('other.id', '<>', 'ledger_documents.id')
              .where((o) =>
                o.or([
                  o.and([
                    o('other.state', '=', 'queued'),
                    o(
                      o.refTuple('other.created_at', 'other.id'),
                      '<',
                      o.refTuple('ledger_documents.created_at', 'ledger_documents.id'),
                    ),
                  ]),
                  // Being sent, or its sender died and it is about to be taken over (an attempt
                  // that may be a retry: a document sent beside it would be numbered first).
                  o('other.state', '=', 'sending'),
                ]),
              ),
          ),
        ),
      ]),
      eb.and([
        eb('state', '=', 'pending_dian'),
        eb('next_attempt_at', '<=', now),
        eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now)]),
      ]),
      eb.and([eb('state', '=', 'sending'), eb('lease_until', '<', now)]),
    ]);
}

/**
 * A queued document claimable right away: due, and no older document of its account waits for a
 * retry or is being retried (an outage backlog is sent in arrival order, so a newcomer may not
 * overtake it; first attempts of several documents do run side by side). With
 * `followUp`, also a pending_dian document nobody holds, whatever its schedule (its caller sent
 * it again, which is how Factus finishes a pending document). With `resume`, a queued document
 * is claimed before its time (it waited for its caller's token, which has just arrived).
 */
export function claimableNow(
  id: string,
  now: Date,
  options: { followUp?: boolean; resume?: boolean } = {},
): DueFilter {
  return (eb) =>
    eb.and([
      eb('id', '=', id),
      eb.or([
        eb.and([
          eb('state', '=', 'queued'),
          // Never tried: its own request sends it now (the worker waits `workerAfter` for it).
          ...(options.resume
            ? []
            : [eb.or([eb('next_attempt_at', '<=', now), eb('attempts', '=', 0)])]),
          eb.not(
            eb.exists(
              eb
                .selectFrom('ledger_documents as older')
                .select('older.id')
                .whereRef('older.account_key', '=', 'ledger_documents.account_key')
                // Arrival order, ties broken by id, as in dueNow.
                .where((o) =>
                  o(
                    o.refTuple('older.created_at', 'older.id'),
                    '<',
                    o.refTuple('ledger_documents.created_at', 'ledger_documents.id'),
                  ),
                )
                .where((o) =>
                  o.or([
                    o.and([o('older.state', '=', 'queued'), o('older.attempts', '>', 0)]),
                    // Its retry is on its way (or its sender died and it will be taken over):
                    // sent beside it, a newcomer would be numbered first if the retry fails.
                    o.and([
                      o('older.state', '=', 'sending'),
                      o.or([o('older.attempts', '>', 1), o('older.lease_until', '<', now)]),
                    ]),
                  ]),
                ),
            ),
          ),
        ]),
        ...(options.followUp
          ? [
              eb.and([
                eb('state', '=', 'pending_dian'),
                eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now)]),
              ]),
            ]
          : []),
      ]),
    ]);
}

/**
 * A new document its own request could not send (an older one of its account waits for or is
 * undergoing a retry) is the worker's from now on, rather than after the hand-off time kept for
 * that request: it goes out as soon as the older ones allow. A row another claimer took
 * meanwhile is no longer a never-tried queued one, and is left alone.
 */
export async function handToWorkerNow(db: Database, id: string, now: Date): Promise<void> {
  await db
    .updateTable('ledger_documents')
    .set({ next_attempt_at: now })
    .where('id', '=', id)
    .where('state', '=', 'queued')
    .where('attempts', '=', 0)
    .where('next_attempt_at', '>', now)
    .execute();
}

/**
 * Claims the rows `filter` selects, in one statement (atomic, one round trip): the rows are locked
 * by `FOR UPDATE SKIP LOCKED` (rows another claimer holds are left to it), updated, and the ones
 * whose state changed get their history row. Queued rows turn `sending` (an attempt), expired
 * `sending` rows are taken over (an attempt too), pending_dian rows only change hands (a
 * follow-up: no state change, no attempt, no history).
 */
export async function claim(
  db: Database,
  filter: DueFilter,
  request: ClaimRequest,
): Promise<LedgerClaim[]> {
  const { owner, now } = request;
  const rows = await db
    .with('due', (qc) =>
      qc
        .selectFrom('ledger_documents')
        .select(['id', 'state as old_state', 'lease_owner as old_owner'])
        .where(filter)
        .orderBy('created_at')
        .orderBy('id')
        .limit(request.limit)
        .forUpdate()
        .skipLocked(),
    )
    .with('claimed', (qc) =>
      qc
        .updateTable('ledger_documents as d')
        .from('due')
        .whereRef('d.id', '=', 'due.id')
        .set({
          state: sql<string>`case when due.old_state = 'pending_dian' then 'pending_dian' else 'sending' end`,
          attempts: sql<number>`case when due.old_state = 'pending_dian' then d.attempts else d.attempts + 1 end`,
          lease_owner: owner,
          lease_until: new Date(now.getTime() + request.leaseMs),
          updated_at: now,
        })
        .returningAll('d')
        .returning(['due.old_state', 'due.old_owner']),
    )
    .with('entries', (qc) =>
      qc
        .insertInto('ledger_history')
        .columns(['document_id', 'at', 'from_state', 'to_state', 'reason'])
        .expression((eb) =>
          eb
            .selectFrom('claimed')
            .select((s) => [
              'claimed.id',
              s.val(now).as('at'),
              'claimed.old_state',
              'claimed.state',
              claimReason(owner).as('reason'),
            ])
            .where('claimed.old_state', '<>', 'pending_dian'),
        ),
    )
    .selectFrom('claimed')
    .selectAll()
    .execute();
  return rows.sort(byAge).map((row) => toClaim(row, row.old_state, row.old_owner));
}

/** "claimed by r1, attempt 1" / "lease of r1 expired; taken over by r2, attempt 2". */
function claimReason(owner: string) {
  return sql<string>`case when claimed.old_state = 'sending'
    then 'lease of ' || coalesce(claimed.old_owner, 'an unknown owner')
      || ' expired; taken over by ' || ${owner}::text || ', attempt ' || claimed.attempts
    else 'claimed by ' || ${owner}::text || ', attempt ' || claimed.attempts end`;
}

function toClaim(row: LedgerRow, oldState: string, oldOwner: string | null): LedgerClaim {
  const record = toRecord(row);
  return oldState === 'sending' && oldOwner !== null
    ? { record, takenOverFrom: oldOwner }
    : { record };
}

/** RETURNING comes in no particular order: oldest first, as the claim chose them. */
function byAge(a: LedgerRow, b: LedgerRow): number {
  const byTime = new Date(a.created_at).getTime() - new Date(b.created_at).getTime();
  if (byTime !== 0) return byTime;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
