import type { FactusDocumentSpec } from '../../documents/infrastructure/factus-document-spec';
import { toFactusDocumentRequest } from '../../documents/infrastructure/factus-document-request.mapper';
import { INVOICE_DOCUMENT } from '../domain/invoice-document';
import type { InvoiceDraft } from '../domain/invoice-draft';
import type { IssuedInvoice } from '../domain/issued-invoice';
import { factusBillSchema } from './factus-bill.answer';
import { fromFactusBill } from './factus-bill.mapper';

/** Factus v2 bills (`/v2/bills/...`): the invoice's place in the document kernel. */
export const FACTUS_BILL_SPEC: FactusDocumentSpec<InvoiceDraft, IssuedInvoice> = {
  type: INVOICE_DOCUMENT,
  basePath: '/v2/bills',
  deleteByReferencePath: '/v2/bills/destroy/reference',
  toRequest: toFactusDocumentRequest,
  document: factusBillSchema.transform(fromFactusBill),
};
