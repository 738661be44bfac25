import { Inject, Injectable } from '@nestjs/common';
import type { ProviderSession } from '../../auth/domain/provider-session';
import { CLOCK, Clock } from '../../common/domain/clock';
import { bogotaDate } from '../../common/time/bogota-time';
import { DOCUMENT_GATEWAY, DocumentGateway } from '../../documents/domain/document-gateway.port';
import { INVOICE } from '../../documents/domain/document-type';
import {
  INVOICE_RADIAN_GATEWAY,
  InvoiceRadianGateway,
} from '../domain/invoice-radian-gateway.port';
import { RadianEvent, RadianPerson, TACIT_ACCEPTANCE } from '../domain/radian-event';
import { tacitAcceptanceRefusal } from '../domain/radian-event-rules';
import { RadianEventNotAllowedError } from '../domain/radian.errors';

/**
 * The issuer's tacit acceptance (034) of its own credit invoice. The invoice (for its payment
 * form) and its events (for the 032 and the term) are read first and the rule checked here;
 * nothing is sent to Factus when it refuses.
 */
@Injectable()
export class AcceptInvoiceTacitlyUseCase {
  constructor(
    @Inject(INVOICE_RADIAN_GATEWAY) private readonly radian: InvoiceRadianGateway,
    @Inject(DOCUMENT_GATEWAY) private readonly documents: Pick<DocumentGateway, 'get'>,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(
    number: string,
    person: RadianPerson,
    session: ProviderSession,
  ): Promise<RadianEvent[]> {
    const invoice = await this.documents.get(INVOICE, number, session);
    const events = await this.radian.events(number, session);
    const refusal = tacitAcceptanceRefusal({
      events,
      paymentFormCodes: invoice.paymentDetails.flatMap((p) =>
        p.paymentForm ? [p.paymentForm.code] : [],
      ),
      today: bogotaDate(this.clock.now()),
    });
    if (refusal) throw new RadianEventNotAllowedError(TACIT_ACCEPTANCE, refusal);
    return this.radian.emitTacitAcceptance(number, person, session);
  }
}
