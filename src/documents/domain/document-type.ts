import type { CorrectableDocument, IssuedDocument } from './issued-document';

/** The document types this service issues; the key names them in logs, cache keys and routes. */
export type DocumentTypeKey =
  | 'invoice'
  | 'credit-note'
  | 'debit-note'
  | 'support-document'
  | 'adjustment-note';

/**
 * A kind of DIAN document this service issues. They share the whole lifecycle (validation, money,
 * mapping, DIAN outcomes); this says where they differ in what a caller sees. `TDraft` and
 * `TIssued` exist only for the compiler: they tie a type to the draft it is created from and the
 * document Factus answers with, so that `gateway.get(INVOICE_DOCUMENT, …)` is an IssuedInvoice.
 */
export interface DocumentType<TDraft = unknown, TIssued extends IssuedDocument = IssuedDocument> {
  readonly key: DocumentTypeKey;
  /** Used in error codes: INVOICE_REJECTED, CREDIT_NOTE_REJECTED… */
  readonly codePrefix:
    | 'INVOICE'
    | 'CREDIT_NOTE'
    | 'DEBIT_NOTE'
    | 'SUPPORT_DOCUMENT'
    | 'ADJUSTMENT_NOTE';
  /** Human name in messages. */
  readonly name: string;
  /**
   * Factus numbering-range document code: 21 invoice, 22 credit note, 23 debit note, 24 support
   * document, 25 adjustment note (to a support document).
   */
  readonly rangeDocument: '21' | '22' | '23' | '24' | '25';
  /** DIAN's unique code of the type: CUFE (invoices), CUDE (notes), CUDS (support documents). */
  readonly uniqueCode: 'CUFE' | 'CUDE' | 'CUDS';
  /** Never set: carries the draft and document types (see above). */
  readonly shape?: { draft: TDraft; issued: TIssued };
}

/** Invoices are what notes correct: Factus answers them with their related notes. */
export const INVOICE: DocumentType<unknown, CorrectableDocument> = {
  key: 'invoice',
  codePrefix: 'INVOICE',
  name: 'invoice',
  rangeDocument: '21',
  uniqueCode: 'CUFE',
};
export const CREDIT_NOTE: DocumentType = {
  key: 'credit-note',
  codePrefix: 'CREDIT_NOTE',
  name: 'credit note',
  rangeDocument: '22',
  uniqueCode: 'CUDE',
};
export const DEBIT_NOTE: DocumentType = {
  key: 'debit-note',
  codePrefix: 'DEBIT_NOTE',
  name: 'debit note',
  rangeDocument: '23',
  uniqueCode: 'CUDE',
};
/**
 * Documento soporte: a purchase from a supplier who does not invoice, issued by the buyer. Its
 * party is the provider, and DIAN identifies it by its CUDS. Adjustment notes correct it.
 */
export const SUPPORT_DOCUMENT: DocumentType = {
  key: 'support-document',
  codePrefix: 'SUPPORT_DOCUMENT',
  name: 'support document',
  rangeDocument: '24',
  uniqueCode: 'CUDS',
};
/** Nota de ajuste al documento soporte: corrects a support document (identified by a CUDS too). */
export const ADJUSTMENT_NOTE: DocumentType = {
  key: 'adjustment-note',
  codePrefix: 'ADJUSTMENT_NOTE',
  name: 'adjustment note',
  rangeDocument: '25',
  uniqueCode: 'CUDS',
};

/** The kernel's view of every type by key (what the ledger and its worker need to name them). */
export const DOCUMENT_TYPES_BY_KEY: Record<DocumentTypeKey, DocumentType> = {
  invoice: INVOICE,
  'credit-note': CREDIT_NOTE,
  'debit-note': DEBIT_NOTE,
  'support-document': SUPPORT_DOCUMENT,
  'adjustment-note': ADJUSTMENT_NOTE,
};

/** Every document type key, in DOCUMENT_TYPES_BY_KEY's order (ledger rows, filters, schemas). */
export const DOCUMENT_TYPE_KEYS = Object.keys(DOCUMENT_TYPES_BY_KEY) as DocumentTypeKey[];
