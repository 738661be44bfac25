import { Inject, Injectable } from '@nestjs/common';
import type { ProviderSession } from '../../auth/domain/provider-session';
import {
  CLAIM,
  ClaimConceptCode,
  EXPRESS_ACCEPTANCE,
  RadianEvent,
  RadianEventCode,
  RadianPerson,
} from '../domain/radian-event';
import { buyerEventRefusal } from '../domain/radian-event-rules';
import { RadianEventNotAllowedError, ReceivedInvoiceNotFoundError } from '../domain/radian.errors';
import {
  RECEIVED_INVOICE_GATEWAY,
  ReceivedInvoiceGateway,
} from '../domain/received-invoice-gateway.port';

/**
 * A buyer's RADIAN event (030–033) on a received invoice. The invoice's events are read first and
 * DIAN's order checked here (radian-event-rules.ts); nothing is sent when it refuses. When Factus's
 * list does not carry the events, only what its row says (`has_claim`) is checked and the order is
 * left to Factus and DIAN.
 */
@Injectable()
export class EmitReceivedInvoiceEventUseCase {
  constructor(@Inject(RECEIVED_INVOICE_GATEWAY) private readonly gateway: ReceivedInvoiceGateway) {}

  async execute(
    id: string,
    code: RadianEventCode,
    act: { person: RadianPerson; claimConceptCode?: ClaimConceptCode },
    session: ProviderSession,
  ): Promise<RadianEvent[]> {
    const invoice = await this.gateway.find(id, session);
    if (!invoice) throw new ReceivedInvoiceNotFoundError(`Factus has no received invoice ${id}.`);
    const refusal = invoice.events
      ? buyerEventRefusal(code, invoice.events)
      : invoice.hasClaim && (code === CLAIM || code === EXPRESS_ACCEPTANCE)
        ? 'the invoice was claimed (031).'
        : undefined;
    if (refusal) throw new RadianEventNotAllowedError(code, refusal);
    return this.gateway.emitEvent(id, code, act, session);
  }
}
