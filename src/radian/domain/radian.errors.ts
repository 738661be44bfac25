import { DomainError } from '../../common/errors/domain-error';
import type { RadianEventCode } from './radian-event';

/**
 * A RADIAN event the document's history does not allow yet (or any more): checked before anything
 * is sent, from the events Factus reports, with the rule that refuses it in the detail.
 */
export class RadianEventNotAllowedError extends DomainError {
  readonly code = 'RADIAN_EVENT_NOT_ALLOWED';
  readonly kind = 'conflict';
  readonly title = 'The RADIAN event is not allowed now';

  constructor(eventCode: RadianEventCode, reason: string) {
    super(`Event ${eventCode} cannot be emitted: ${reason}`, {
      extensions: { eventCode },
    });
  }
}

/** No received invoice with this id (or, on upload, DIAN knows no invoice with this CUFE). */
export class ReceivedInvoiceNotFoundError extends DomainError {
  readonly code = 'RECEIVED_INVOICE_NOT_FOUND';
  readonly kind = 'not_found';
  readonly title = 'Received invoice not found';

  constructor(detail: string) {
    super(detail);
  }
}

/** The invoice with this CUFE was uploaded before: it is listed already. */
export class ReceivedInvoiceAlreadyUploadedError extends DomainError {
  readonly code = 'RECEIVED_INVOICE_ALREADY_UPLOADED';
  readonly kind = 'conflict';
  readonly title = 'The invoice was uploaded already';

  constructor(providerMessage?: string) {
    super(
      `This invoice was uploaded before${providerMessage ? ` (Factus: ${providerMessage})` : ''}; ` +
        'it is in the list of received invoices (filter it by CUFE).',
    );
  }
}
