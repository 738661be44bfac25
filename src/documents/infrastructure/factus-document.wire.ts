/**
 * Factus v2 bill wire shapes (snake_case), as documented and as integrators observed them.
 * Factus is loose about types (numbers as strings or numbers, 0/1 or booleans, `errors` as an
 * object or an array), so response fields are typed as what may arrive, not as what should.
 */

export interface FactusBillRequest {
  reference_code: string;
  document?: string;
  numbering_range_id?: number;
  operation_type?: string;
  observation?: string;
  send_email?: boolean;
  created_time?: string;
  payment_details: Array<{
    payment_form: string;
    payment_method_code: string;
    reference_code?: string;
    amount: string;
    due_date?: string;
  }>;
  cash_rounding_amount?: string;
  prepayment_details?: Array<{
    reference_code: string;
    received_date: string;
    amount: string;
    note?: string;
  }>;
  currency?: { type: string; exchange_rate: string };
  order_reference?: { reference_code: string; issue_date?: string };
  billing_period?: { start_date: string; start_time?: string; end_date: string; end_time?: string };
  related_documents?: Array<{ code: string; issue_date: string; number: string }>;
  establishment?: {
    name: string;
    address: string;
    phone_number: string;
    email: string;
    municipality_code: string;
  };
  customer?: {
    identification_document_code: string;
    identification: string;
    dv?: string;
    company?: string;
    trade_name?: string;
    names?: string;
    address?: string;
    email?: string;
    phone?: string;
    legal_organization_code: string;
    tribute_code?: string;
    country_code?: string;
    municipality_code?: string;
    responsibilities?: string[];
  };
  items: Array<{
    code_reference: string;
    name: string;
    quantity: string;
    discount_rate?: string;
    discount_amount?: string;
    price: string;
    unit_measure_code: string;
    standard_code: string;
    taxes: Array<{ code: string; rate: string } | { is_excluded: true }>;
    withholding_taxes?: Array<{ code: string; rate: string }>;
    note?: string;
    scheme_id?: string;
    mandate?: { identification_document_code: string; identification: string };
  }>;
  allowance_charges?: Array<{
    concept_type: string;
    is_surcharge: boolean;
    reason: string;
    base_amount: string;
    amount: string;
  }>;
}

export type Loose = string | number | null | undefined;
export interface WireCodeName {
  code?: Loose;
  name?: Loose;
}

/** `data` of create / show. */
export interface FactusBillData {
  number?: string;
  reference_code?: string;
  is_validated?: boolean | number | string;
  /** v1-style 1 = validated. */
  status?: number | string;
  validated_at?: string | null;
  created_at?: string | null;
  errors?: unknown;
  cufe?: string | null;
  observation?: string | null;
  links?: { qr?: string | null; public_url?: string | null } | null;
  qr?: string | null;
  public_url?: string | null;
  totals?: Partial<
    Record<
      | 'prepayment_amount'
      | 'gross_amount'
      | 'taxable_amount'
      | 'tax_amount'
      | 'surcharge_amount'
      | 'total',
      Loose
    >
  >;
  customer?: {
    identification_document?: WireCodeName | null;
    identification?: Loose;
    dv?: Loose;
    graphic_representation_name?: Loose;
    trade_name?: Loose;
    company?: Loose;
    names?: Loose;
    address?: Loose;
    email?: Loose;
    phone?: Loose;
    legal_organization?: WireCodeName | null;
    tribute?: WireCodeName | null;
    country?: WireCodeName | null;
    municipality?: WireCodeName | null;
  } | null;
  items?: Array<{
    code_reference?: Loose;
    name?: Loose;
    quantity?: Loose;
    price?: Loose;
    discount_rate?: Loose;
    discount?: Loose;
    gross_value?: Loose;
    total?: Loose;
    note?: Loose;
    unit_measure?: WireCodeName | null;
    standard_code?: WireCodeName | null;
    taxes?: Array<{
      tribute?: WireCodeName | null;
      is_excluded?: boolean | number | null;
      rates?: Array<{ taxable_amount?: Loose; tax_amount?: Loose; rate?: Loose }> | null;
    }> | null;
  }> | null;
  payment_details?: Array<{
    payment_form?: WireCodeName | null;
    payment_method?: WireCodeName | null;
    reference_code?: Loose;
    amount?: Loose;
    due_date?: Loose;
  }> | null;
  related_notes?: {
    credit_notes?: Array<{
      number?: Loose;
      reference_code?: Loose;
      total?: Loose;
      is_validated?: unknown;
    }> | null;
    debit_notes?: Array<{
      number?: Loose;
      reference_code?: Loose;
      total?: Loose;
      is_validated?: unknown;
    }> | null;
  } | null;
}

export interface FactusEnvelope<T> {
  status?: string;
  message?: string;
  data?: T;
}

export interface FactusBillListRow {
  number?: string;
  reference_code?: string;
  identification?: Loose;
  graphic_representation_name?: Loose;
  names?: Loose;
  company?: Loose;
  email?: Loose;
  total?: Loose;
  status?: Loose;
  is_validated?: boolean | number | string;
  errors?: unknown;
  created_at?: string | null;
}

export interface FactusPagination {
  total?: Loose;
  per_page?: Loose;
  current_page?: Loose;
  last_page?: Loose;
}
