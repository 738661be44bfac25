import type { LedgerConfig } from '../../../config/config-tokens';
import type { LedgerError, LedgerOutcome, LedgerRecord } from '../../domain/document-ledger.port';
import { followUpDelayMs } from '../../domain/ledger-schedule';

/** The ledger gives a document up: `failed`, with the reason. */
export function giveUp(lastError: LedgerError): { outcome: LedgerOutcome } {
  return { outcome: { state: 'failed', reason: `gave up: ${lastError.code}`, lastError } };
}

/** When a document DIAN has not answered is looked at again (see followUpDelayMs). */
export function followUpAt(
  record: Pick<LedgerRecord, 'createdAt'>,
  now: Date,
  config: Pick<LedgerConfig, 'retryBaseMs' | 'retryMaxMs'>,
): Date {
  const delay = followUpDelayMs(now.getTime() - record.createdAt.getTime(), {
    baseMs: config.retryBaseMs,
    maxMs: config.retryMaxMs,
  });
  return new Date(now.getTime() + delay);
}
