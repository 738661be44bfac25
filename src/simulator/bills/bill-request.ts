import type { Money } from './money';

/**
 * A `POST /v2/bills/validate` body after validation: the Factus v2 snake_case payload
 * (factus-api.md §3.3) normalised to typed, camelCase values with decimal amounts and the
 * defaults Factus applies (document 01, operation 10, tribute ZZ, responsibilities R-99-PN, ...).
 * Credit and debit notes share it: their fields are a subset of a bill's, plus the note-only ones
 * kept apart (`NoteDetails`).
 */
export interface BillRequest {
  referenceCode: string;
  /** Invoice: 01 / 03. Note: its DIAN type, 91 credit / 92 debit. */
  document: string;
  numberingRangeId?: number;
  /** Invoice: 10, 11, … Note: its `customization_id` (20 / 22 credit, 30 / 32 debit). */
  operationType: string;
  observation: string | null;
  sendEmail: boolean;
  /** `HH:mm:ss`; the issue time when given. */
  createdTime?: string;
  paymentDetails: PaymentDetailRequest[];
  cashRoundingAmount: Money;
  prepaymentDetails: PrepaymentRequest[];
  currency: { type: string; exchangeRate: Money } | null;
  orderReference: { referenceCode: string; issueDate: string | null } | null;
  billingPeriod: BillingPeriodRequest | null;
  relatedDocuments: Array<{ code: string; issueDate: string; number: string }>;
  establishment: EstablishmentRequest | null;
  customer: CustomerRequest;
  items: ItemRequest[];
  allowanceCharges: AllowanceChargeRequest[];
}

export interface PaymentDetailRequest {
  paymentForm: string;
  paymentMethodCode: string;
  referenceCode: string | null;
  amount: Money;
  dueDate: string | null;
}

export interface PrepaymentRequest {
  referenceCode: string;
  receivedDate: string;
  amount: Money;
  note: string | null;
}

export interface BillingPeriodRequest {
  startDate: string;
  startTime: string | null;
  endDate: string;
  endTime: string | null;
}

export interface EstablishmentRequest {
  name: string;
  address: string;
  phoneNumber: string;
  email: string;
  municipalityCode: string;
}

export interface CustomerRequest {
  identificationDocumentCode: string;
  identification: string;
  /** Check digit of a NIT (sent or computed); null for every other document type. */
  dv: string | null;
  company: string | null;
  tradeName: string | null;
  names: string | null;
  address: string | null;
  email: string | null;
  phone: string | null;
  legalOrganizationCode: string;
  tributeCode: string;
  countryCode: string;
  municipalityCode: string | null;
  responsibilities: string[];
}

export type TaxRequest = { excluded: false; code: string; rate: Money } | { excluded: true };

export interface ItemRequest {
  codeReference: string;
  name: string;
  quantity: Money;
  discountRate: Money | null;
  discountAmount: Money | null;
  price: Money;
  unitMeasureCode: string;
  standardCode: string;
  taxes: TaxRequest[];
  withholdingTaxes: Array<{ code: string; rate: Money }>;
  note: string | null;
}

export interface AllowanceChargeRequest {
  conceptType: string;
  isSurcharge: boolean;
  reason: string;
  baseAmount: Money;
  amount: Money;
}
