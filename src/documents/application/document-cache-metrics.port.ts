export const DOCUMENT_CACHE_METRICS = Symbol('DOCUMENT_CACHE_METRICS');

/**
 * What the document file cache reports, so that it knows nothing of the metrics library (like
 * FACTUS_METRICS for the Factus client).
 */
export interface DocumentCacheMetrics {
  /** A download answered from memory (or joined to a Factus call already under way). */
  hit(): void;
  /** A download that had to ask Factus. */
  miss(): void;
  /** What the cache holds after a change. */
  occupancy(bytes: number, entries: number): void;
}

export const NO_DOCUMENT_CACHE_METRICS: DocumentCacheMetrics = {
  hit: () => undefined,
  miss: () => undefined,
  occupancy: () => undefined,
};
