import type { DocumentDraft } from '../../documents/domain/document-draft';

/**
 * A credit or debit note as the ERP asks for it: a document like an invoice (same items, taxes,
 * payments and rules), which corrects an invoice (`billNumber`) for a DIAN correction concept.
 * Without `customer`, Factus takes the referenced invoice's.
 */
export type NoteDraft = Omit<DocumentDraft, 'document' | 'operationType' | 'relatedDocuments'> & {
  /** Credit 1–6 (2 voids the invoice), debit 1–4. */
  correctionConceptCode: string;
  /** Credit `20` (references an invoice, default) or `22`; debit `30` (default) or `32`. */
  customizationId?: string;
  /** The invoice corrected; required with customization 20/30. */
  billNumber?: string;
};
