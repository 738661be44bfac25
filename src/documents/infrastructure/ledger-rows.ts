import { randomUUID } from 'node:crypto';
import type { Insertable, Selectable } from 'kysely';
import { Dec } from '../../common/domain/decimal';
import type { LedgerDocumentsTable, LedgerHistoryTable } from '../../database/database.schema';
import type {
  LedgerError,
  LedgerHistoryEntry,
  LedgerRecord,
  NewLedgerDocument,
} from '../domain/document-ledger.port';
import { DOCUMENT_TYPE_KEYS, type DocumentTypeKey } from '../domain/document-type';
import type { DianMessage } from '../domain/issued-document';
import { isLedgerState, type LedgerState } from '../domain/ledger-state';

/** A ledger_documents row as the drivers read it back (pg and PGlite alike). */
export type LedgerRow = Selectable<LedgerDocumentsTable>;
export type LedgerHistoryRow = Selectable<LedgerHistoryTable>;
type NewHistoryRow = Insertable<LedgerHistoryTable>;

const DOCUMENT_TYPES: readonly string[] = DOCUMENT_TYPE_KEYS;
const CLEANUPS: readonly string[] = ['pending', 'done', 'failed'];

/** The row of a new document: queued, due now, no attempt yet. */
export function newDocumentRow(
  document: NewLedgerDocument,
  now: Date,
): Insertable<LedgerDocumentsTable> {
  return {
    id: randomUUID(),
    account_key: document.accountKey,
    document_type: document.documentType,
    reference_code: document.referenceCode,
    fingerprint: document.fingerprint,
    request: JSON.stringify(document.request),
    state: 'queued',
    attempts: 0,
    dian_messages: '[]',
    referenced_number: document.referencedNumber ?? null,
    amount: document.amount?.toFixed(2) ?? null,
    next_attempt_at: document.workerAfter ?? now,
    created_at: now,
    updated_at: now,
  };
}

export function historyRow(
  documentId: string,
  at: Date,
  from: LedgerState | null,
  to: LedgerState,
  reason: string,
): NewHistoryRow {
  return { document_id: documentId, at, from_state: from, to_state: to, reason };
}

export function toRecord(row: LedgerRow, history?: LedgerHistoryRow[]): LedgerRecord {
  const record: LedgerRecord = {
    id: row.id,
    accountKey: row.account_key,
    documentType: toDocumentType(row.document_type),
    referenceCode: row.reference_code,
    fingerprint: row.fingerprint,
    request: fromJson<object>(row.request),
    state: toState(row.state),
    attempts: Number(row.attempts),
    number: row.number ?? undefined,
    trackId: row.track_id ?? undefined,
    dianMessages: fromJson<DianMessage[]>(row.dian_messages),
    lastError: row.last_error === null ? undefined : fromJson<LedgerError>(row.last_error),
    referencedNumber: row.referenced_number ?? undefined,
    amount: row.amount === null ? undefined : new Dec(row.amount),
    cleanup: toCleanup(row.cleanup),
    nextAttemptAt: toDate(row.next_attempt_at),
    leaseOwner: row.lease_owner ?? undefined,
    leaseUntil: row.lease_until === null ? undefined : toDate(row.lease_until),
    createdAt: toDate(row.created_at),
    updatedAt: toDate(row.updated_at),
  };
  if (history) record.history = history.map(toHistoryEntry);
  return record;
}

export function toHistoryEntry(row: LedgerHistoryRow): LedgerHistoryEntry {
  return {
    at: toDate(row.at),
    from: row.from_state === null ? undefined : toState(row.from_state),
    to: toState(row.to_state),
    reason: row.reason,
  };
}

/** An unknown state in the table is corrupted data: refuse to guess what it means. */
export function toState(value: string): LedgerState {
  if (!isLedgerState(value)) throw new Error(`Ledger row holds an unknown state "${value}"`);
  return value;
}

function toDocumentType(value: string): DocumentTypeKey {
  if (!DOCUMENT_TYPES.includes(value))
    throw new Error(`Ledger row holds an unknown document type "${value}"`);
  return value as DocumentTypeKey;
}

function toCleanup(value: string | null): LedgerRecord['cleanup'] {
  if (value === null) return undefined;
  if (!CLEANUPS.includes(value)) throw new Error(`Ledger row holds an unknown cleanup "${value}"`);
  return value as LedgerRecord['cleanup'];
}

/** jsonb reads back parsed with pg; a driver that hands back text is parsed here. */
function fromJson<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}

export function toDate(value: Date | string): Date {
  return value instanceof Date ? value : new Date(value);
}
