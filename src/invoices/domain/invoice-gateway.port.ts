import type { ProviderSession } from '../../auth/domain/provider-session';
import type { InvoiceDraft } from './invoice-draft';
import type {
  DocumentFile,
  DocumentListFilter,
  DocumentSummary,
  IssuedInvoice,
  Page,
} from '../../documents/domain/issued-document';

export const INVOICE_GATEWAY = Symbol('INVOICE_GATEWAY');

/**
 * The e-invoicing provider's invoice operations. Implementations throw the domain errors of
 * invoice.errors.ts (rejected, pending blocks, not found, ...) rather than transport errors.
 */
export interface InvoiceGateway {
  /** Sends the invoice and returns its DIAN outcome (validated or pending); a rejection throws. */
  create(draft: InvoiceDraft, session: ProviderSession): Promise<IssuedInvoice>;
  list(filter: DocumentListFilter, session: ProviderSession): Promise<Page<DocumentSummary>>;
  get(number: string, session: ProviderSession): Promise<IssuedInvoice>;
  downloadPdf(number: string, session: ProviderSession): Promise<DocumentFile>;
  downloadXml(number: string, session: ProviderSession): Promise<DocumentFile>;
  deleteByReference(referenceCode: string, session: ProviderSession): Promise<void>;
  sendEmail(number: string, email: string, session: ProviderSession): Promise<void>;
}
