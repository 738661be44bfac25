import { Inject, Injectable } from '@nestjs/common';
import type { ProviderSession } from '../../auth/domain/provider-session';
import { INVOICE_GATEWAY, InvoiceGateway } from '../domain/invoice-gateway.port';

/** Deleting an unvalidated invoice by reference, and e-mailing a validated one. */
@Injectable()
export class ManageInvoiceUseCase {
  constructor(@Inject(INVOICE_GATEWAY) private readonly gateway: InvoiceGateway) {}

  deleteByReference(referenceCode: string, session: ProviderSession): Promise<void> {
    return this.gateway.deleteByReference(referenceCode, session);
  }

  sendEmail(number: string, email: string, session: ProviderSession): Promise<void> {
    return this.gateway.sendEmail(number, email, session);
  }
}
