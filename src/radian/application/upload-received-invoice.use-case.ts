import { Inject, Injectable } from '@nestjs/common';
import type { ProviderSession } from '../../auth/domain/provider-session';
import type { ReceivedInvoice } from '../domain/received-invoice';
import {
  RECEIVED_INVOICE_GATEWAY,
  ReceivedInvoiceGateway,
} from '../domain/received-invoice-gateway.port';

/** Loads a supplier's invoice by its CUFE so that RADIAN events can be emitted on it. */
@Injectable()
export class UploadReceivedInvoiceUseCase {
  constructor(@Inject(RECEIVED_INVOICE_GATEWAY) private readonly gateway: ReceivedInvoiceGateway) {}

  execute(cufe: string, session: ProviderSession): Promise<ReceivedInvoice> {
    // DIAN writes CUFEs in lower-case hex; one pasted in capitals names the same invoice.
    return this.gateway.upload(cufe.toLowerCase(), session);
  }
}
