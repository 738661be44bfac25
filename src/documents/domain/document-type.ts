/**
 * The kinds of DIAN document this service issues. They share the whole lifecycle (validation,
 * money, mapping, DIAN outcomes); this says where they differ in what a caller sees.
 */
export interface DocumentType {
  /** Used in error codes: INVOICE_REJECTED, CREDIT_NOTE_REJECTED… */
  codePrefix: 'INVOICE' | 'CREDIT_NOTE' | 'DEBIT_NOTE';
  /** Human name in messages. */
  name: string;
  /** Our API's collection path, for the instructions in error messages. */
  apiPath: string;
  /** Factus numbering-range document code: 21 invoice, 22 credit note, 23 debit note. */
  rangeDocument: '21' | '22' | '23';
}

export const INVOICE: DocumentType = {
  codePrefix: 'INVOICE',
  name: 'invoice',
  apiPath: '/api/v1/invoices',
  rangeDocument: '21',
};
export const CREDIT_NOTE: DocumentType = {
  codePrefix: 'CREDIT_NOTE',
  name: 'credit note',
  apiPath: '/api/v1/credit-notes',
  rangeDocument: '22',
};
export const DEBIT_NOTE: DocumentType = {
  codePrefix: 'DEBIT_NOTE',
  name: 'debit note',
  apiPath: '/api/v1/debit-notes',
  rangeDocument: '23',
};
