import type { Dec } from '../../common/domain/decimal';

export type DocumentStatus = 'validated' | 'pending' | 'rejected';

/** A DIAN message on a document: a notice leaves it valid, a rejection does not. */
export interface DianMessage {
  /** DIAN rule code, e.g. `FAJ43b`, `CAK55`, `90`. */
  rule: string;
  kind: 'notice' | 'rejection';
  message: string;
}

export interface DocumentTotals {
  grossAmount: Dec;
  taxableAmount: Dec;
  taxAmount: Dec;
  surchargeAmount: Dec;
  prepaymentAmount: Dec;
  total: Dec;
}

export interface CodeName {
  code: string;
  name: string;
}

export interface IssuedCustomer {
  identificationDocument?: CodeName;
  identification: string;
  dv?: string;
  graphicRepresentationName?: string;
  company?: string;
  tradeName?: string;
  names?: string;
  address?: string;
  email?: string;
  phone?: string;
  legalOrganization?: CodeName;
  tribute?: CodeName;
  country?: CodeName;
  municipality?: CodeName;
}

export interface IssuedItemTax {
  code: string;
  name: string;
  isExcluded: boolean;
  rate?: Dec;
  taxableAmount: Dec;
  taxAmount: Dec;
}

export interface IssuedItem {
  codeReference: string;
  name: string;
  quantity: Dec;
  price: Dec;
  discountRate: Dec;
  discount: Dec;
  grossValue: Dec;
  unitMeasure?: CodeName;
  standardCode?: CodeName;
  taxes: IssuedItemTax[];
  total: Dec;
  note?: string;
}

export interface IssuedPaymentDetail {
  paymentForm?: CodeName;
  paymentMethod?: CodeName;
  referenceCode?: string;
  amount: Dec;
  dueDate?: string;
}

export interface RelatedNote {
  number: string;
  referenceCode?: string;
  total?: Dec;
  isValidated?: boolean;
}

/** What every document Factus holds has, in our own terms, whatever its type. */
export interface IssuedDocument {
  number: string;
  referenceCode: string;
  status: DocumentStatus;
  validatedAt?: Date;
  createdAt?: Date;
  dianMessages: DianMessage[];
  totals: DocumentTotals;
  customer: IssuedCustomer;
  items: IssuedItem[];
  paymentDetails: IssuedPaymentDetail[];
  observation?: string;
  /** DIAN's public lookup (QR) and Factus's public graphic representation. */
  links: { qr?: string; publicUrl?: string };
}

export interface RelatedNotes {
  creditNotes: RelatedNote[];
  debitNotes: RelatedNote[];
}

/** A document that notes correct (an invoice), with the notes issued against it so far. */
export interface CorrectableDocument extends IssuedDocument {
  relatedNotes: RelatedNotes;
}

/** A row of a document list (Factus lists carry no CUFE/CUDE or links). */
export interface DocumentSummary {
  number: string;
  referenceCode: string;
  status: DocumentStatus;
  identification?: string;
  customerName?: string;
  email?: string;
  total: Dec;
  dianMessages: DianMessage[];
  validatedAt?: Date;
  createdAt?: Date;
}

export interface Page<T> {
  data: T[];
  page: number;
  perPage: number;
  total: number;
  lastPage: number;
}

export interface DocumentListFilter {
  number?: string;
  prefix?: string;
  referenceCode?: string;
  identification?: string;
  names?: string;
  status?: DocumentStatus;
  /** `YYYY-MM-DD`, inclusive. */
  createdFrom?: string;
  createdTo?: string;
  page: number;
  perPage: number;
}

/** A file Factus produced for a document (graphic representation or DIAN XML). */
export interface DocumentFile {
  /** Factus's file name, without extension. */
  fileName: string;
  content: Buffer;
}

/** The e-mail Factus would send for a document: its subject and the ZIP it attaches. */
export interface DocumentEmailContent {
  /** DIAN's subject, `NIT;Company;Number;DocumentTypeCode;Company`. */
  subject: string;
  /** The ZIP with the PDF and the AttachedDocument XML. */
  zip: Buffer;
}
