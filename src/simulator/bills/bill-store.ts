import type { BillRequest } from './bill-request';
import type { BillTotals } from './bill-totals';
import type { DianErrors } from './dian-messages';
import { BILL, DocumentKind } from './document-kind';

export type DocumentStatus = 'validated' | 'pending' | 'rejected';

/** The numbering range as it stood when the number was taken (what the response shows). */
export interface RangeSnapshot {
  id: number;
  prefix: string;
  from: number;
  to: number;
  resolutionNumber: string | null;
  startDate: string | null;
  endDate: string | null;
}

/** The invoice a note references (`bill_number`), as DIAN's BillingReference carries it. */
export interface BillReference {
  number: string;
  cufe: string;
  /** `YYYY-MM-DD`. */
  issueDate: string;
  /** Its `reference_code` (an adjustment note's answer names the support document by it too). */
  referenceCode?: string;
}

/**
 * What only a note has: a credit or debit note (its invoice in `bill`) or an adjustment note (its
 * support document in `bill`, the CUDS in `cufe`).
 */
export interface NoteDetails {
  correctionConceptCode: string;
  /** The referenced invoice (customization 20 / 30); null without reference (22 / 32). */
  bill: BillReference | null;
}

/**
 * One stored electronic document of any kind. A note's request is the bill request shape: its
 * `document` is the note's DIAN type (91 / 92) and its `operationType` the `customization_id`.
 */
export interface StoredDocument {
  kind: DocumentKind;
  /** Factus's internal id (sequential per kind); also the consecutive of the DIAN file name. */
  id: number;
  companyId: string;
  referenceCode: string;
  number: string;
  range: RangeSnapshot;
  request: BillRequest;
  totals: BillTotals;
  status: DocumentStatus;
  /** SHA-384 hex: the CUFE of an invoice, the CUDE of a note. */
  uniqueCode: string;
  /** Bogotá issue date `YYYY-MM-DD` and time `HH:mm:ss`, as hashed into the CUFE / CUDE. */
  issueDate: string;
  issueTime: string;
  createdAt: number;
  validatedAt: number | null;
  /** DIAN notices of a validated document, or the rejection of a rejected one. */
  errors: DianErrors;
  /** Rule 90 arrives as a bare array of strings rather than an object keyed by rule. */
  rejectionAsList: boolean;
  /** E-mails sent today (Bogotá date), for the daily per-document limit. */
  emails: { day: string; count: number };
  note: NoteDetails | null;
}

/** An invoice as the invoice-only helpers take it: no kind or note fields, its code named CUFE. */
export type StoredBill = Omit<StoredDocument, 'kind' | 'uniqueCode' | 'note'> & { cufe: string };

export function billDocument(bill: StoredBill): StoredDocument {
  const { cufe, ...rest } = bill;
  return { ...rest, kind: BILL, uniqueCode: cufe, note: null };
}

/**
 * The documents of one kind for every company, in creation order. `reference_code` is unique per
 * company and kind (it is Factus's idempotency key); numbers are unique because ranges never go
 * back.
 */
export class DocumentStore {
  private documents: StoredDocument[] = [];
  private lastId = 0;

  constructor(readonly kind: DocumentKind) {}

  nextId(): number {
    this.lastId += 1;
    return this.lastId;
  }

  add(document: StoredDocument): void {
    this.documents.push(document);
  }

  byReference(companyId: string, referenceCode: string): StoredDocument | undefined {
    return this.documents.find(
      (d) => d.companyId === companyId && d.referenceCode === referenceCode,
    );
  }

  byNumber(companyId: string, number: string): StoredDocument | undefined {
    return this.documents.find((d) => d.companyId === companyId && d.number === number);
  }

  /** A pending or rejected document of the company other than `referenceCode`: it blocks new ones. */
  blocking(companyId: string, referenceCode: string): StoredDocument | undefined {
    return this.documents.find(
      (d) =>
        d.companyId === companyId && d.referenceCode !== referenceCode && d.status !== 'validated',
    );
  }

  /** The company's documents, newest first. */
  ofCompany(companyId: string): StoredDocument[] {
    return this.documents.filter((d) => d.companyId === companyId).reverse();
  }

  remove(document: StoredDocument): void {
    this.documents = this.documents.filter((d) => d !== document);
  }

  /** Every document, oldest first. */
  all(): StoredDocument[] {
    return [...this.documents];
  }

  clear(): void {
    this.documents = [];
    this.lastId = 0;
  }
}
