import type { ColumnType, Generated, JSONColumnType } from 'kysely';

/**
 * The tables of the service's PostgreSQL database, as Kysely sees them (one schema for PostgreSQL
 * and the embedded PGlite; created by ./migrations). Infrastructure only: the domain never sees
 * these rows, adapters map them.
 */
export interface DatabaseSchema {
  ledger_documents: LedgerDocumentsTable;
  ledger_history: LedgerHistoryTable;
  ledger_invoice_locks: LedgerInvoiceLocksTable;
  idempotency_keys: IdempotencyKeysTable;
}

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type Json<T extends object | null> = JSONColumnType<T, string, string>;

export interface LedgerDocumentsTable {
  id: string;
  account_key: string;
  document_type: string;
  reference_code: string;
  /** SHA-256 of the canonical request. */
  fingerprint: string;
  /** The request exactly as it is (re)sent to the provider. */
  request: Json<object>;
  state: string;
  attempts: Generated<number>;
  number: string | null;
  /** CUFE / CUDE / CUDS. */
  track_id: string | null;
  dian_messages: Json<unknown[]>;
  last_error: Json<{ code: string; message: string }> | null;
  /** For notes: the number of the invoice they correct. */
  referenced_number: string | null;
  /** Document total, two decimals (numeric: read back as a string). */
  amount: string | null;
  /** For rejected documents: whether it was deleted at the provider. */
  cleanup: string | null;
  next_attempt_at: Timestamp;
  lease_owner: string | null;
  lease_until: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface LedgerHistoryTable {
  id: Generated<string>;
  document_id: string;
  at: Timestamp;
  from_state: string | null;
  to_state: string;
  reason: string;
}

/** One row per invoice that notes are issued against: locked while a note is admitted. */
export interface LedgerInvoiceLocksTable {
  account_key: string;
  invoice_number: string;
}

export interface IdempotencyKeysTable {
  /** Whose key it is (API key and account): keys are never global. */
  scope: string;
  key: string;
  fingerprint: string;
  /** `running` while the first request is in progress, then `completed`. */
  state: string;
  status_code: number | null;
  response_headers: Json<Record<string, string>> | null;
  response_body: string | null;
  locked_until: Timestamp;
  created_at: Timestamp;
  expires_at: Timestamp;
}
