import type { BeginOutcome, StoredResponse } from './idempotency-store.port';

/** A key's record as the store holds it (the port's adapters map their rows to this). */
export interface IdempotencyRecord {
  fingerprint: string;
  state: 'running' | 'completed';
  response?: StoredResponse;
  lockedUntil: Date;
  expiresAt: Date;
}

/**
 * What a request with `fingerprint` meets when its key already has `record` (draft-ietf-httpapi-
 * idempotency-key-header): another body is a misuse whatever the state; the same body gets the
 * stored answer, or waits its turn while the first runs. `abandoned` is a first request whose
 * lock ran out (its process died): the store hands the key over to the new request.
 */
export function decideOnExisting(
  record: IdempotencyRecord,
  fingerprint: string,
  now: Date,
): Exclude<BeginOutcome, { kind: 'started' }> | { kind: 'abandoned' } {
  if (record.fingerprint !== fingerprint) return { kind: 'mismatch' };
  if (record.state === 'completed' && record.response) {
    return { kind: 'replay', response: record.response };
  }
  if (record.lockedUntil.getTime() > now.getTime()) return { kind: 'in_progress' };
  return { kind: 'abandoned' };
}

/** Expired keys count as absent. */
export function isExpired(record: Pick<IdempotencyRecord, 'expiresAt'>, now: Date): boolean {
  return record.expiresAt.getTime() <= now.getTime();
}
