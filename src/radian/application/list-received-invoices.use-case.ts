import { Inject, Injectable } from '@nestjs/common';
import type { ProviderSession } from '../../auth/domain/provider-session';
import type { ReceivedInvoiceFilter, ReceivedInvoicePage } from '../domain/received-invoice';
import {
  RECEIVED_INVOICE_GATEWAY,
  ReceivedInvoiceGateway,
} from '../domain/received-invoice-gateway.port';

/** The received invoices, filtered as recepcion-de-documentos/ver-facturas allows. */
@Injectable()
export class ListReceivedInvoicesUseCase {
  constructor(@Inject(RECEIVED_INVOICE_GATEWAY) private readonly gateway: ReceivedInvoiceGateway) {}

  execute(filter: ReceivedInvoiceFilter, session: ProviderSession): Promise<ReceivedInvoicePage> {
    // DIAN writes CUFEs in lower-case hex; one pasted in capitals names the same invoice.
    const cufe = filter.cufe?.toLowerCase();
    return this.gateway.list(cufe === undefined ? filter : { ...filter, cufe }, session);
  }
}
