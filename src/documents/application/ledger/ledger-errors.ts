import { DomainError, ErrorKind } from '../../../common/errors/domain-error';
import type { LedgerError } from '../../domain/document-ledger.port';

export const RULE_90_CODE = 'DOCUMENT_ALREADY_PROCESSED';
/** A document of a caller's own token that this process does not hold (after a restart). */
export const WAITING_FOR_TOKEN = 'FACTUS_TOKEN_REQUIRED';

/**
 * Failures that say "not now" rather than "no": Factus in maintenance or down, its breaker open,
 * a timeout, an answer we could not read, the rate budget spent, a caller's token that expired
 * (a new one arrives with the caller's next request). The document waits for them; the rest are
 * refusals that sending the same data again cannot change.
 */
const WAIT_KINDS: readonly ErrorKind[] = [
  'upstream_unavailable',
  'upstream_timeout',
  'upstream_bad_response',
  'rate_limited',
  'unauthenticated',
];

export function isRetryable(error: unknown): boolean {
  // Anything but a domain error is unexpected here (a bug or a transport fault): waiting is safe,
  // and the attempt budget bounds it.
  return !(error instanceof DomainError) || WAIT_KINDS.includes(error.kind);
}

/** What the ledger keeps of an error: its stable code and message (never a secret: see below). */
export function errorOf(error: unknown): LedgerError {
  // Domain errors carry no credentials (the filter shows them to callers as they are).
  if (error instanceof DomainError) return { code: error.code, message: error.message };
  return { code: 'INTERNAL_ERROR', message: 'unexpected failure (see the service log)' };
}
