import { sql, type QueryCreator, type RawBuilder } from 'kysely';
import type { DatabaseSchema } from '../../database/database.schema';
import { API_PREFIX, DOCUMENT_ROUTES } from '../../http/routes';
import { DOCUMENT_EVENT_STATES } from '../../webhooks/domain/webhook-event';
import type { LedgerRow } from './ledger-rows';

/**
 * The outbox half of a settlement: the SQL that turns the row a settlement just wrote (the
 * `settled` CTE of ledger-settlement.ts, which returns the whole updated row as `d.*` plus
 * `old_state`) into an `events` row. It runs in the same statement as the change, so an event
 * exists exactly when the change does (never for a settle refused by a lost lease).
 */

/** States an ERP is told about: reaching one of them (from another state) is an event. */
const EVENT_STATES: readonly string[] = DOCUMENT_EVENT_STATES;

/** `evt_` + 32 hex characters, drawn by the database (PostgreSQL ≥ 13 and PGlite have it). */
const SQL_EVENT_ID = sql<string>`'evt_' || replace(gen_random_uuid()::text, '-', '')`;

/** `invoice.validated`, `credit_note.rejected`…: document types are spelled with `_` in events. */
const SQL_EVENT_TYPE = sql<string>`replace(settled.document_type, '-', '_') || '.' || settled.state`;

/** The `settled` CTE: the updated row, with the state it had before. */
type WithSettled = DatabaseSchema & {
  settled: LedgerRow & { old_state: string; new_state: string };
};

/**
 * The event of a settlement, if it changed the state to one the ERP acts on. A follow-up finding
 * DIAN still silent (pending_dian → pending_dian), a claim or a resubmission tell nothing.
 */
export function insertEvent<DB extends WithSettled>(creator: QueryCreator<DB>, now: Date) {
  // Typed on the CTEs this statement needs, whatever others the caller's statement has.
  const qc = creator as unknown as QueryCreator<WithSettled>;
  return qc
    .insertInto('events')
    .columns(['id', 'account_key', 'type', 'document_id', 'data', 'created_at'])
    .expression((eb) =>
      eb
        .selectFrom('settled')
        .select((s) => [
          SQL_EVENT_ID.as('id'),
          'settled.account_key',
          SQL_EVENT_TYPE.as('type'),
          'settled.id',
          sqlRecordSnapshot().as('data'),
          s.val(now).as('created_at'),
        ])
        .where('settled.old_state', '<>', (w) => w.ref('settled.new_state'))
        .where('settled.new_state', 'in', EVENT_STATES),
    );
}

/**
 * encodeURIComponent in SQL: every character but A–Z a–z 0–9 - _ . ! ~ * ' ( ) becomes the
 * percent-encoded bytes of its UTF-8 form, so that links match the API's (ledger-record.mapper).
 */
function uriComponent(column: RawBuilder<unknown>): RawBuilder<string> {
  return sql<string>`(select coalesce(string_agg(
      case when part.ch ~ '^[A-Za-z0-9_.!~*''()-]$' then part.ch
        else regexp_replace(upper(encode(convert_to(part.ch, 'UTF8'), 'hex')), '(..)', '%\\1', 'g')
      end, '' order by part.n), '')
    from regexp_split_to_table(${column}, '') with ordinality as part(ch, n))`;
}

/** `toISOString()` of a timestamptz: `2026-03-02T08:00:05.000Z`. */
function isoTime(column: RawBuilder<unknown>): RawBuilder<string> {
  return sql<string>`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
}

/** `/api/v1/invoices`, `/api/v1/credit-notes`… for the row's document type. */
function collectionPath(): RawBuilder<string> {
  const cases = Object.entries(DOCUMENT_ROUTES).map(
    ([type, route]) => sql`when ${type} then ${`/${API_PREFIX}/${route}`}`,
  );
  return sql<string>`(case settled.document_type ${sql.join(cases, sql` `)} end)`;
}

/**
 * The ledger record as GET /api/v1/…/by-reference/… shows it (toLedgerRecordResponse, without
 * history): absent fields are left out (jsonb_strip_nulls, applied to the top level only, so
 * that what DIAN said is kept exactly as stored).
 */
function sqlRecordSnapshot(): RawBuilder<string> {
  const number = sql`nullif(settled.number, '')`;
  const trackId = sql`nullif(settled.track_id, '')`;
  const ref = (column: string) => sql.ref(`settled.${column}`);
  const document = sql`${collectionPath()} || '/' || ${uriComponent(number)}`;
  return sql<string>`jsonb_strip_nulls(jsonb_build_object(
      'documentType', settled.document_type,
      'referenceCode', settled.reference_code,
      'state', settled.state,
      'number', ${number},
      'cufe', case when settled.document_type = 'invoice' then ${trackId} end,
      'cude', case when settled.document_type in ('credit-note', 'debit-note') then ${trackId} end,
      'cuds', case when settled.document_type in ('support-document', 'adjustment-note')
        then ${trackId} end,
      'attempts', settled.attempts,
      'lastError', settled.last_error,
      'nextAttemptAt', case when settled.state = 'pending_dian'
        then ${isoTime(ref('next_attempt_at'))} end,
      'createdAt', ${isoTime(ref('created_at'))},
      'updatedAt', ${isoTime(ref('updated_at'))}
    )) || jsonb_build_object(
      'dianMessages', settled.dian_messages,
      'links', jsonb_strip_nulls(jsonb_build_object(
        'self', ${collectionPath()} || '/by-reference/' || ${uriComponent(ref('reference_code'))},
        'document', case when ${number} is not null then ${document} end
      ))
    )`;
}
