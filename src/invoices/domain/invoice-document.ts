import { INVOICE, type DocumentType } from '../../documents/domain/document-type';
import type { InvoiceDraft } from './invoice-draft';
import type { IssuedInvoice } from './issued-invoice';

/**
 * The kernel's invoice type, with what the compiler should know of it: created from an
 * InvoiceDraft, answered as an IssuedInvoice (the invoice spec parses Factus bills into one).
 */
export const INVOICE_DOCUMENT = INVOICE as DocumentType<InvoiceDraft, IssuedInvoice>;
