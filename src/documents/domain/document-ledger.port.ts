import type { Dec } from '../../common/domain/decimal';
import type { DocumentTypeKey } from './document-type';
import type { DianMessage } from './issued-document';
import type { LedgerState } from './ledger-state';

export const DOCUMENT_LEDGER = Symbol('DOCUMENT_LEDGER');

export interface LedgerError {
  /** The problem code the failure had (e.g. FACTUS_UNAVAILABLE, INVOICE_REJECTED). */
  code: string;
  message: string;
}

export interface LedgerHistoryEntry {
  at: Date;
  from?: LedgerState;
  to: LedgerState;
  reason: string;
}

/** What the service knows of one document it issues, whatever the provider says later. */
export interface LedgerRecord {
  id: string;
  accountKey: string;
  documentType: DocumentTypeKey;
  referenceCode: string;
  /** SHA-256 of the canonical request: the same reference with another body is refused. */
  fingerprint: string;
  /** The request exactly as the provider receives it (opaque here), resent unchanged. */
  request: object;
  state: LedgerState;
  attempts: number;
  number?: string;
  /** CUFE (invoices) or CUDE (notes). */
  trackId?: string;
  dianMessages: DianMessage[];
  lastError?: LedgerError;
  /** Notes: the invoice they correct. */
  referencedNumber?: string;
  /** The document's total. */
  amount?: Dec;
  /** Rejected documents: whether they were deleted at the provider. */
  cleanup?: 'pending' | 'done' | 'failed';
  nextAttemptAt: Date;
  leaseOwner?: string;
  leaseUntil?: Date;
  createdAt: Date;
  updatedAt: Date;
  /** Oldest first; only filled by `find` and `findById` when asked. */
  history?: LedgerHistoryEntry[];
}

export interface NewLedgerDocument {
  accountKey: string;
  documentType: DocumentTypeKey;
  referenceCode: string;
  fingerprint: string;
  request: object;
  referencedNumber?: string;
  amount?: Dec;
  /**
   * The admitting request sends the document itself (claimById); the worker takes it only from
   * this time on, in case that request died. Absent: the worker may take it at once.
   */
  workerAfter?: Date;
}

/** `created`: the record is new (queued). `existing`: one was there already, untouched. */
export interface Admission {
  outcome: 'created' | 'existing';
  record: LedgerRecord;
}

/** A credit note the ledger holds against an invoice (issued or on its way). */
export interface LedgerCredit {
  referenceCode: string;
  number?: string;
  state: LedgerState;
  amount: Dec;
}

/**
 * Runs inside the invoice's lock with the notes the ledger holds against it; throws to refuse
 * the new note (nothing is written then).
 */
export type CreditCheck = (credits: LedgerCredit[]) => void;

/** A record claimed by a worker; `takenOverFrom` names the owner whose lease had expired. */
export interface LedgerClaim {
  record: LedgerRecord;
  takenOverFrom?: string;
}

/** What an attempt or a follow-up found; written only while the caller still holds the lease. */
export interface LedgerOutcome {
  state: LedgerState;
  reason: string;
  number?: string;
  trackId?: string;
  dianMessages?: DianMessage[];
  /** `null` clears it. */
  lastError?: LedgerError | null;
  /** When the worker should look at it again (queued and pending_dian). */
  nextAttemptAt?: Date;
  cleanup?: 'pending' | 'done' | 'failed';
}

export interface LedgerFilter {
  state?: LedgerState;
  documentType?: DocumentTypeKey;
}

/** Newest first: the position after the last record of the previous page. */
export interface LedgerCursor {
  createdAt: Date;
  id: string;
}

export interface LedgerPage {
  records: LedgerRecord[];
  next?: LedgerCursor;
}

/**
 * The tenant `LedgerStats.byTenant` files documents of other account keys under (`user:…`,
 * `token:…`: the service's own Factus account and pass-through callers).
 */
export const DEFAULT_LEDGER_TENANT = 'default';

/** The figures of `LedgerStats` for the documents of one tenant. */
export interface LedgerTenantStats {
  /** The tenant id of `tenant:<id>` account keys, or `DEFAULT_LEDGER_TENANT`. */
  tenant: string;
  byState: Record<LedgerState, number>;
  oldestQueuedMs: number;
  oldestPendingMs: number;
}

export interface LedgerStats {
  byState: Record<LedgerState, number>;
  /** Age of the oldest `queued` / `pending_dian` document, in ms (0 when none). */
  oldestQueuedMs: number;
  oldestPendingMs: number;
  /**
   * The same figures per tenant, by tenant: the id of `tenant:<id>` account keys, or
   * `DEFAULT_LEDGER_TENANT` for every other account key (never an e-mail or a token hash).
   * Only tenants with documents appear; their counts add up to `byState`.
   */
  byTenant: LedgerTenantStats[];
}

/**
 * Every document the service issues, recorded before anything is sent, with its state and an
 * append-only history (one entry per state change). Shared by replicas: claims are leases, and
 * a write that comes after its lease was taken over is refused (returns false), never applied.
 */
export interface DocumentLedger {
  /** Records the document as `queued`, or returns the one already under its reference. */
  admit(document: NewLedgerDocument, now: Date): Promise<Admission>;
  /**
   * `admit` for a credit note, serialised per invoice (across replicas): `check` sees the
   * credits the ledger holds against `document.referencedNumber` and may refuse by throwing.
   */
  admitCredit(document: NewLedgerDocument, now: Date, check: CreditCheck): Promise<Admission>;
  /** A rejected or failed document sent again by its caller (maybe corrected): queued again. */
  resubmit(
    id: string,
    changes: Pick<NewLedgerDocument, 'fingerprint' | 'request' | 'amount'>,
    now: Date,
    reason: string,
  ): Promise<LedgerRecord | undefined>;
  /**
   * Claims up to `limit` due documents, oldest first, for `leaseMs`: queued ones whose time has
   * come (they turn `sending`), pending_dian ones due for a follow-up (they stay pending_dian),
   * and `sending` ones whose lease expired (taken over).
   */
  claimDue(owner: string, leaseMs: number, limit: number, now: Date): Promise<LedgerClaim[]>;
  /**
   * Claims this queued document right away (a never-tried one whatever `workerAfter` said),
   * unless it is not due or an older document of the
   * same account waits for a retry (outage backlog: arrival order is kept). With `followUp`, a
   * `pending_dian` document is claimed too, whatever its schedule (its caller sent it again:
   * Factus's way to finish a pending document is to resend it). With `resume`, a queued one is
   * claimed before its time (it was waiting for its caller's Factus token, which just arrived).
   */
  claimById(
    id: string,
    owner: string,
    leaseMs: number,
    now: Date,
    options?: { followUp?: boolean; resume?: boolean },
  ): Promise<LedgerClaim | undefined>;
  /** Writes what an attempt found and ends the lease; false when the lease is no longer ours. */
  settle(id: string, owner: string, outcome: LedgerOutcome, now: Date): Promise<boolean>;
  /** Extends our lease (a long send); false when it is no longer ours. */
  extendLease(id: string, owner: string, leaseMs: number, now: Date): Promise<boolean>;
  /** Shutdown: every lease of `owner` is given back (sending → queued, due now). */
  releaseAll(owner: string, now: Date): Promise<number>;
  find(
    accountKey: string,
    documentType: DocumentTypeKey,
    referenceCode: string,
    options?: { history?: boolean },
  ): Promise<LedgerRecord | undefined>;
  findById(id: string, options?: { history?: boolean }): Promise<LedgerRecord | undefined>;
  list(
    accountKey: string,
    filter: LedgerFilter,
    cursor: LedgerCursor | undefined,
    limit: number,
  ): Promise<LedgerPage>;
  /** Records whether a rejected document was deleted at the provider (a history entry too). */
  setCleanup(id: string, cleanup: 'done' | 'failed', now: Date, reason: string): Promise<void>;
  /** An account's rejected documents still blocking it at the provider (cleanup not done). */
  rejectedAwaitingCleanup(accountKey: string): Promise<LedgerRecord[]>;
  stats(now: Date): Promise<LedgerStats>;
}
