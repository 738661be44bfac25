import { Inject, Injectable } from '@nestjs/common';
import type { ProviderSession } from '../../auth/domain/provider-session';
import {
  INVOICE_RADIAN_GATEWAY,
  InvoiceRadianGateway,
} from '../domain/invoice-radian-gateway.port';
import type { RadianEvent } from '../domain/radian-event';

/** The RADIAN events DIAN registered on one of the company's invoices. */
@Injectable()
export class ListInvoiceEventsUseCase {
  constructor(@Inject(INVOICE_RADIAN_GATEWAY) private readonly gateway: InvoiceRadianGateway) {}

  execute(number: string, session: ProviderSession): Promise<RadianEvent[]> {
    return this.gateway.events(number, session);
  }
}
