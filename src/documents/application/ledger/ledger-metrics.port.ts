import type { LedgerStats } from '../../domain/document-ledger.port';
import type { LedgerState } from '../../domain/ledger-state';

export const LEDGER_METRICS = Symbol('LEDGER_METRICS');

/** What the ledger worker reports, without knowing the metrics library. */
export interface LedgerMetrics {
  /**
   * One attempt or follow-up of a document of `accountKey` ended in `state`. The adapter turns
   * the key into a bounded tenant label (never the key itself: it may hold an e-mail).
   */
  attempted(state: LedgerState, accountKey: string): void;
  /** A lease whose owner disappeared was taken over. */
  takenOver(): void;
  /** Where the documents-by-state and oldest-age gauges are read from, at each scrape. */
  observe(stats: () => Promise<LedgerStats>): void;
}

export const NO_LEDGER_METRICS: LedgerMetrics = {
  attempted: () => undefined,
  takenOver: () => undefined,
  observe: () => undefined,
};
