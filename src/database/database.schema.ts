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
  events: EventsTable;
  webhook_endpoints: WebhookEndpointsTable;
  webhook_deliveries: WebhookDeliveriesTable;
  webhook_attempts: WebhookAttemptsTable;
  tenants: TenantsTable;
  tenant_api_keys: TenantApiKeysTable;
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

/** The outbox: one row per event, written with the change that causes it. */
export interface EventsTable {
  /** `evt_…`: also the Standard Webhooks `webhook-id` of every delivery of it. */
  id: string;
  /** Global order (bigint: read as a string by pg; compare as numbers). */
  seq: Generated<string>;
  account_key: string;
  /** `invoice.validated`, `credit_note.rejected`, `numbering_range.low`… */
  type: string;
  document_id: string | null;
  data: Json<object>;
  created_at: Timestamp;
  fanned_out_at: Timestamp | null;
}

export interface WebhookEndpointsTable {
  /** `we_…` */
  id: string;
  account_key: string;
  url: string;
  /** Event types subscribed to (`*` for all). */
  events: Json<string[]>;
  description: string | null;
  enabled: boolean;
  disabled_reason: string | null;
  /** `whsec_…` (Standard Webhooks). */
  secret: string;
  previous_secret: string | null;
  previous_secret_until: Timestamp | null;
  failing_since: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface WebhookDeliveriesTable {
  /** `del_…` */
  id: string;
  event_id: string;
  endpoint_id: string;
  event_seq: string;
  document_id: string | null;
  /** `pending` (to be tried at next_attempt_at), `succeeded`, `dead` (retries spent). */
  state: string;
  attempts: Generated<number>;
  next_attempt_at: Timestamp;
  lease_owner: string | null;
  lease_until: Timestamp | null;
  last_status: number | null;
  last_error: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface WebhookAttemptsTable {
  id: Generated<string>;
  delivery_id: string;
  attempt: number;
  at: Timestamp;
  status_code: number | null;
  duration_ms: number;
  error: string | null;
}

/** One company with its own Factus account; secrets sealed (see tenant-secret-box.ts). */
export interface TenantsTable {
  id: string;
  name: string;
  nit: string;
  base_url: string;
  client_id: string;
  client_secret_sealed: string;
  username: string;
  password_sealed: string;
  rate_limit: number | null;
  enabled: boolean;
  /** `api` or `file`. */
  source: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** A tenant API key: its public id and the SHA-256 of the whole key, never the key. */
export interface TenantApiKeysTable {
  key_id: string;
  tenant_id: string;
  sha256: Buffer;
  created_at: Timestamp;
}
