import { Inject, Injectable } from '@nestjs/common';
import type { ProviderSession } from '../../auth/domain/provider-session';
import { INVOICE_GATEWAY, InvoiceGateway } from '../domain/invoice-gateway.port';
import type {
  DocumentListFilter,
  DocumentSummary,
  IssuedInvoice,
  Page,
} from '../../documents/domain/issued-document';

/** Reads: the invoice list and one invoice. */
@Injectable()
export class QueryInvoicesUseCase {
  constructor(@Inject(INVOICE_GATEWAY) private readonly gateway: InvoiceGateway) {}

  list(filter: DocumentListFilter, session: ProviderSession): Promise<Page<DocumentSummary>> {
    return this.gateway.list(filter, session);
  }

  get(number: string, session: ProviderSession): Promise<IssuedInvoice> {
    return this.gateway.get(number, session);
  }
}
