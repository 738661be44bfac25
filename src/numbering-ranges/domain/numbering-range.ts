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
  /** Range document code: `21` invoice, `22` credit note, `23` debit note, ... */
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

/** Whether a document can be numbered from the range today: active, unexpired, numbers left. */
export function isUsable(range: NumberingRange): boolean {
  return range.isActive && !range.isExpired && !isExhausted(range);
}

export function isExhausted(range: NumberingRange): boolean {
  return range.current > range.to;
}
