import type { DocumentDraft } from '../../documents/domain/document-draft';
import { toCustomer, toDocumentDraft } from '../../documents/http/document-draft.mapper';
import type { PaymentDetailDto } from '../../documents/http/payment.dto';
import type { InvoiceDraft } from '../domain/invoice-draft';
import type { InvoiceBodyDto } from './invoice-body.dto';

/** A validated invoice request (create, or preview without payments) → the invoice draft. */
export function toInvoiceDraft(
  dto: InvoiceBodyDto & { paymentDetails?: PaymentDetailDto[] },
): InvoiceDraft {
  const draft: DocumentDraft = toDocumentDraft(dto);
  return { ...draft, customer: toCustomer(dto.customer) };
}
