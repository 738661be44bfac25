/**
 * Where Idempotency-Key records live: one per (scope, key), holding the fingerprint of the first
 * request and, once it succeeded, its response. Shared by every replica (the database), so that a
 * key sent to two replicas at once still runs once.
 */
export const IDEMPOTENCY_STORE = Symbol('IDEMPOTENCY_STORE');

/** A response as it is replayed: the status, the headers worth repeating and the exact body. */
export interface StoredResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Who owns a key (API key id and account) and the key itself: keys are never global. */
export interface IdempotencyKeyRef {
  scope: string;
  key: string;
}

/** What `begin` found, decided atomically against concurrent requests with the same key. */
export type BeginOutcome =
  /** The key is this request's now (new, expired, or abandoned by a crashed first request). */
  | { kind: 'started' }
  /** The first request with this key and body finished: answer what it answered. */
  | { kind: 'replay'; response: StoredResponse }
  /** The key was used with another request. */
  | { kind: 'mismatch' }
  /** The first request with this key is still running. */
  | { kind: 'in_progress' };

export interface BeginRequest extends IdempotencyKeyRef {
  fingerprint: string;
  now: Date;
  /** Until when the key is held for this request when it starts (a crash frees it then). */
  lockedUntil: Date;
  /** When a key first written now expires if it is never completed (set again on complete). */
  expiresAt: Date;
}

export interface IdempotencyStore {
  begin(request: BeginRequest): Promise<BeginOutcome>;
  /** The request succeeded: keep its response until `expiresAt`. */
  complete(ref: IdempotencyKeyRef, response: StoredResponse, expiresAt: Date): Promise<void>;
  /** The request failed: forget the key, so that the same request may be sent again. */
  release(ref: IdempotencyKeyRef): Promise<void>;
  /** Deletes every key expired at `now`; returns how many. */
  sweep(now: Date): Promise<number>;
}
