/**
 * What we send to Factus v2 to create a sales document (bill or note), snake_case as documented.
 * The answers are read through the schemas of factus-document.answer.ts.
 */

export interface FactusDocumentRequest {
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
