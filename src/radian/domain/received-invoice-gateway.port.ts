import type { ProviderSession } from '../../auth/domain/provider-session';
import type { ClaimConceptCode, RadianEvent, RadianEventCode, RadianPerson } from './radian-event';
import type {
  ReceivedInvoice,
  ReceivedInvoiceFilter,
  ReceivedInvoicePage,
} from './received-invoice';

export const RECEIVED_INVOICE_GATEWAY = Symbol('RECEIVED_INVOICE_GATEWAY');

/** The invoices suppliers issued to the company, at the e-invoicing provider, and their events. */
export interface ReceivedInvoiceGateway {
  /** Loads a supplier's invoice by its CUFE. */
  upload(cufe: string, session: ProviderSession): Promise<ReceivedInvoice>;
  list(filter: ReceivedInvoiceFilter, session: ProviderSession): Promise<ReceivedInvoicePage>;
  /** One received invoice by id, or undefined. */
  find(id: string, session: ProviderSession): Promise<ReceivedInvoice | undefined>;
  /** Emits a buyer's event and answers the invoice's events after it. */
  emitEvent(
    id: string,
    code: RadianEventCode,
    act: { person: RadianPerson; claimConceptCode?: ClaimConceptCode },
    session: ProviderSession,
  ): Promise<RadianEvent[]>;
}
