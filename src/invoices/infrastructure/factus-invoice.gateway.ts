import { Injectable } from '@nestjs/common';
import type { ProviderSession } from '../../auth/domain/provider-session';
import { FactusHttpClient } from '../../factus/factus-http.client';
import { INVOICE } from '../../documents/domain/document-type';
import type { InvoiceDraft } from '../domain/invoice-draft';
import type { InvoiceGateway } from '../domain/invoice-gateway.port';
import type {
  DocumentFile,
  DocumentListFilter,
  DocumentSummary,
  IssuedInvoice,
  Page,
} from '../../documents/domain/issued-document';
import { fromFactusBill } from '../../documents/infrastructure/factus-document-response.mapper';
import { toFactusBillRequest } from '../../documents/infrastructure/factus-document-request.mapper';
import type { FactusBillData } from '../../documents/infrastructure/factus-document.wire';
import { FactusDocumentGateway } from '../../documents/infrastructure/factus-document.gateway';

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

  list(filter: DocumentListFilter, session: ProviderSession): Promise<Page<DocumentSummary>> {
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
