/** Numbering-range document codes (DIAN table "tipos de documento para los rangos de numeración"). */
export const RANGE_DOCUMENT = {
  invoice: '21',
  creditNote: '22',
  debitNote: '23',
  supportDocument: '24',
  adjustmentNote: '25',
  paperInvoice: '30',
} as const;

/**
 * A numbering range authorised for the account: DIAN's resolution (for invoices and support
 * documents) and the consecutive Factus will use next.
 */
export interface NumberingRange {
  id: number;
  /**
   * Range document code: `21` invoice, `22` credit note, `23` debit note, ... When Factus named
   * the document in a way no code matches with certainty, its name as Factus wrote it (see
   * hasDocumentCode): the range's type is then unknown.
   */
  document: string;
  /** Its name, e.g. `Factura de Venta`. */
  documentName: string;
  prefix: string;
  from: number;
  to: number;
  /** The next number Factus will use. */
  current: number;
  /** DIAN resolution; null for ranges without one (credit and debit notes). */
  resolutionNumber: string | null;
  /** `YYYY-MM-DD`, or null when the range has no resolution. */
  startDate: string | null;
  endDate: string | null;
  /** DIAN technical key (invoices only). */
  technicalKey: string | null;
  isExpired: boolean;
  isActive: boolean;
}

/** Range documents whose ranges come from a DIAN resolution (crear-rango.md: required for them). */
export const DOCUMENTS_WITH_RESOLUTION: ReadonlySet<string> = new Set([
  RANGE_DOCUMENT.invoice,
  RANGE_DOCUMENT.supportDocument,
  RANGE_DOCUMENT.paperInvoice,
]);

/** What creating a range takes (POST /v2/numbering-ranges). */
export interface NewNumberingRange {
  /** Range document code. */
  document: string;
  /** Up to 4 letters and digits. */
  prefix: string;
  /** DIAN resolution; required for documents with one (DOCUMENTS_WITH_RESOLUTION). */
  resolutionNumber?: string;
  /** The next number the range will give out. */
  current: number;
}

/** A numbering resolution DIAN associated to the software (GET /v2/numbering-ranges/dian). */
export interface DianResolution {
  prefix: string;
  from: number;
  to: number;
  resolutionNumber: string | null;
  /** `YYYY-MM-DD`, or null when Factus gave none. */
  startDate: string | null;
  endDate: string | null;
  technicalKey: string | null;
}

export interface NumberingRangeFilter {
  /** Range document code. */
  document?: string;
  active?: boolean;
  expired?: boolean;
}

export function matchesFilter(range: NumberingRange, filter: NumberingRangeFilter): boolean {
  return (
    (filter.document === undefined || range.document === filter.document) &&
    (filter.active === undefined || range.isActive === filter.active) &&
    (filter.expired === undefined || range.isExpired === filter.expired)
  );
}

/** Whether the range's document type is known (a code), rather than a name no code matched. */
export function hasDocumentCode(range: NumberingRange): boolean {
  return /^\d{1,3}$/.test(range.document);
}

/** Whether a document can be numbered from the range today: active, unexpired, numbers left. */
export function isUsable(range: NumberingRange): boolean {
  return range.isActive && !range.isExpired && !isExhausted(range);
}

export function isExhausted(range: NumberingRange): boolean {
  return range.current > range.to;
}
