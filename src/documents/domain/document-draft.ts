import type { Dec } from '../../common/domain/decimal';

/**
 * What the ERP asks for, for any DIAN sales document (invoice, credit or debit note): the camelCase
 * forms of Factus v2's own field names, so that the Factus documentation reads straight across.
 * Amounts and quantities are decimals. Each document type narrows it (an invoice needs a customer;
 * a note adds what it corrects and drops what only invoices have).
 */
export interface DocumentDraft {
  referenceCode: string;
  /** `01` sales invoice (default), `03` contingency transmission instrument (needs relatedDocuments). */
  document?: string;
  numberingRangeId?: number;
  /** `10` standard (default), `11` mandates, `12` transport, `SS-*` health sector. */
  operationType?: string;
  observation?: string;
  sendEmail?: boolean;
  /** `HH:mm:ss`. */
  createdTime?: string;
  paymentDetails: PaymentDetail[];
  cashRoundingAmount?: Dec;
  prepaymentDetails?: PrepaymentDetail[];
  currency?: { type: string; exchangeRate: Dec };
  orderReference?: { referenceCode: string; issueDate?: string };
  billingPeriod?: BillingPeriod;
  relatedDocuments?: RelatedDocument[];
  establishment?: Establishment;
  /** Required on invoices; a note without one takes the corrected invoice's. */
  customer?: Customer;
  items: DocumentItem[];
  allowanceCharges?: AllowanceCharge[];
}

export interface PaymentDetail {
  /** `1` cash (contado), `2` credit (needs dueDate). */
  paymentForm: string;
  paymentMethodCode: string;
  referenceCode?: string;
  amount: Dec;
  /** `YYYY-MM-DD`. */
  dueDate?: string;
}

export interface PrepaymentDetail {
  referenceCode: string;
  receivedDate: string;
  amount: Dec;
  note?: string;
}

export interface BillingPeriod {
  startDate: string;
  startTime?: string;
  endDate: string;
  endTime?: string;
}

export interface RelatedDocument {
  code: string;
  issueDate: string;
  number: string;
}

export interface Establishment {
  name: string;
  address: string;
  phoneNumber: string;
  email: string;
  municipalityCode: string;
}

export interface Customer {
  identificationDocumentCode: string;
  identification: string;
  /** NIT check digit; computed when absent for a NIT. */
  dv?: string;
  company?: string;
  tradeName?: string;
  names?: string;
  address?: string;
  email?: string;
  phone?: string;
  /** `1` legal person (needs company), `2` natural person (needs names). */
  legalOrganizationCode: string;
  /** `01` IVA, `ZZ` not applicable (default). */
  tributeCode?: string;
  countryCode?: string;
  /** DIVIPOLA code; only for Colombian customers. */
  municipalityCode?: string;
  responsibilities?: string[];
}

export type ItemTax = { code: string; rate: Dec; isExcluded?: false } | { isExcluded: true };

export interface DocumentItem {
  codeReference: string;
  name: string;
  quantity: Dec;
  /** Percent. Either discountRate or discountAmount, not both. */
  discountRate?: Dec;
  discountAmount?: Dec;
  /** Net unit price, before taxes and discount (Factus v2). */
  price: Dec;
  unitMeasureCode: string;
  standardCode: string;
  taxes: ItemTax[];
  /** Self-withholdings (autorretenciones): `05` ReteIVA, `06` ReteRenta. They do not change the total. */
  withholdingTaxes?: Array<{ code: string; rate: Dec }>;
  note?: string;
  schemeId?: string;
  mandate?: { identificationDocumentCode: string; identification: string };
}

export interface AllowanceCharge {
  /** Only `03` (conditional surcharge) is usable in Factus today. */
  conceptType: string;
  isSurcharge: boolean;
  reason: string;
  baseAmount: Dec;
  amount: Dec;
}
