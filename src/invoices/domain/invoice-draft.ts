import type { Customer, DocumentDraft } from '../../documents/domain/document-draft';

/** An invoice as the ERP asks for it: a sales document that always names its customer. */
export type InvoiceDraft = DocumentDraft & { customer: Customer };
