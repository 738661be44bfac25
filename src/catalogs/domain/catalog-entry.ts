/** One row of a DIAN code table, after the published flaws have been handled (catalog-data-flaws.ts). */
export interface CatalogEntry {
  readonly code: string;
  readonly name: string;
  /** Municipalities only: the DIVIPOLA department. */
  readonly department?: { readonly code: string; readonly name: string };
  /**
   * The code exactly as the published table writes it, when that differs from `code` (for example
   * `G K` for `GK`). Lookups by the published form still find the entry.
   */
  readonly publishedCode?: string;
}
