import { Injectable } from '@nestjs/common';
import type { ProviderSession } from '../../auth/domain/provider-session';
import { FactusHttpClient } from '../../factus/factus-http.client';
import { INVOICE } from '../domain/document-type';
import type { InvoiceDraft } from '../domain/invoice-draft';
import type { InvoiceGateway } from '../domain/invoice-gateway.port';
import type {
  DocumentFile,
  InvoiceListFilter,
  InvoiceSummary,
  IssuedInvoice,
  Page,
} from '../domain/issued-invoice';
import { fromFactusBill } from './factus-bill-response.mapper';
import { toFactusBillRequest } from './factus-bill-request.mapper';
import type { FactusBillData } from './factus-bill.wire';
import { FactusDocumentGateway } from './factus-document.gateway';

/** Factus v2 bills (`/v2/bills/...`). */
@Injectable()
export class FactusInvoiceGateway implements InvoiceGateway {
  private readonly documents: FactusDocumentGateway<InvoiceDraft, IssuedInvoice>;

  constructor(client: FactusHttpClient) {
    this.documents = new FactusDocumentGateway(client, {
      type: INVOICE,
      basePath: '/v2/bills',
      deleteByReferencePath: '/v2/bills/destroy/reference',
      toRequest: toFactusBillRequest,
      fromData: (data) => fromFactusBill(data as FactusBillData),
    });
  }

  create(draft: InvoiceDraft, session: ProviderSession): Promise<IssuedInvoice> {
    return this.documents.create(draft, session);
  }

  list(filter: InvoiceListFilter, session: ProviderSession): Promise<Page<InvoiceSummary>> {
    return this.documents.list(filter, session);
  }

  get(number: string, session: ProviderSession): Promise<IssuedInvoice> {
    return this.documents.get(number, session);
  }

  downloadPdf(number: string, session: ProviderSession): Promise<DocumentFile> {
    return this.documents.download(number, 'pdf', session);
  }

  downloadXml(number: string, session: ProviderSession): Promise<DocumentFile> {
    return this.documents.download(number, 'xml', session);
  }

  deleteByReference(referenceCode: string, session: ProviderSession): Promise<void> {
    return this.documents.deleteByReference(referenceCode, session);
  }

  sendEmail(number: string, email: string, session: ProviderSession): Promise<void> {
    return this.documents.sendEmail(number, email, session);
  }
}
