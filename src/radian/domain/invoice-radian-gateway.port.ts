import type { ProviderSession } from '../../auth/domain/provider-session';
import type { RadianEvent, RadianPerson } from './radian-event';

export const INVOICE_RADIAN_GATEWAY = Symbol('INVOICE_RADIAN_GATEWAY');

/** The RADIAN events on the company's own (issued) invoices, at the e-invoicing provider. */
export interface InvoiceRadianGateway {
  /** The events registered on the invoice `number` (its buyer's and its issuer's). */
  events(number: string, session: ProviderSession): Promise<RadianEvent[]>;
  /** Emits the issuer's tacit acceptance (034) and answers the events after it. */
  emitTacitAcceptance(
    number: string,
    person: RadianPerson,
    session: ProviderSession,
  ): Promise<RadianEvent[]>;
}
