/**
 * Factus v2 numbering-range wire shapes (snake_case), typed as what may arrive: the list writes
 * `document` as the document's name and dates as `YYYY-MM-DD`; the show writes `document` as the
 * code plus `document_name`, and dates as `DD-MM-YYYY` (factus-api.md §2.7). Flags come as
 * booleans or 0/1.
 */
export type Loose = string | number | boolean | null | undefined;

export interface FactusNumberingRangeWire {
  id?: Loose;
  document?: Loose;
  document_name?: Loose;
  prefix?: Loose;
  from?: Loose;
  to?: Loose;
  current?: Loose;
  resolution_number?: Loose;
  start_date?: Loose;
  end_date?: Loose;
  technical_key?: Loose;
  is_expired?: Loose;
  is_active?: Loose;
}

export interface FactusEnvelope<T> {
  status?: string;
  message?: string;
  data?: T;
}

/** Laravel pagination as Factus sends it: `data.data[]` + `data.pagination`. */
export interface FactusPage<T> {
  data?: T[];
  pagination?: { current_page?: Loose; last_page?: Loose; per_page?: Loose; total?: Loose };
}
