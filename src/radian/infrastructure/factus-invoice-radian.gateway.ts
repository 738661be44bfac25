import { Injectable } from '@nestjs/common';
import type { ProviderSession } from '../../auth/domain/provider-session';
import { INVOICE } from '../../documents/domain/document-type';
import { DocumentNotFoundError } from '../../documents/domain/document.errors';
import { FactusHttpClient } from '../../factus/factus-http.client';
import { FactusApiError } from '../../factus/factus.errors';
import { parseFactusAnswer } from '../../factus/wire';
import type { InvoiceRadianGateway } from '../domain/invoice-radian-gateway.port';
import {
  RadianEvent,
  RadianEventCode,
  RadianPerson,
  TACIT_ACCEPTANCE,
} from '../domain/radian-event';
import { radianEventCallError } from './factus-radian-errors';
import { fromFactusEvent } from './factus-radian.mapper';
import { toFactusPerson } from './factus-radian-person';
import { billEventsAnswer, emittedEventsAnswer } from './factus-radian.wire';

const seg = encodeURIComponent;
const EVENTS = '/v2/bills/:number/radian/events';
const EMIT = '/v2/bills/:number/radian/events/:event_type';

/**
 * RADIAN on the company's own bills: facturas/eventos-de-facturas (`GET /v2/bills/:number/radian/events`)
 * and facturas/aceptacion-tacita (`POST /v2/bills/:number/radian/events/:event_type`, 034).
 */
@Injectable()
export class FactusInvoiceRadianGateway implements InvoiceRadianGateway {
  constructor(private readonly client: FactusHttpClient) {}

  async events(number: string, session: ProviderSession): Promise<RadianEvent[]> {
    const body = await this.call(number, () =>
      this.client.send({
        method: 'GET',
        path: `/v2/bills/${seg(number)}/radian/events`,
        endpoint: EVENTS,
        session,
      }),
    );
    return parseFactusAnswer(billEventsAnswer, body, `GET ${EVENTS}`).data.map(fromFactusEvent);
  }

  async emitTacitAcceptance(
    number: string,
    person: RadianPerson,
    session: ProviderSession,
  ): Promise<RadianEvent[]> {
    const body = await this.call(
      number,
      () =>
        this.client.send({
          method: 'POST',
          path: `/v2/bills/${seg(number)}/radian/events/${TACIT_ACCEPTANCE}`,
          endpoint: EMIT,
          json: toFactusPerson(person),
          session,
        }),
      TACIT_ACCEPTANCE,
    );
    const { data } = parseFactusAnswer(emittedEventsAnswer, body, `POST ${EMIT}`);
    return data ? data.map(fromFactusEvent) : this.events(number, session);
  }

  /** 404 is the invoice unknown; an emitted event's other refusals are read by radianEventCallError. */
  private async call(
    number: string,
    send: () => Promise<{ body: unknown }>,
    emitted?: RadianEventCode,
  ): Promise<unknown> {
    try {
      return (await send()).body;
    } catch (error) {
      if (error instanceof FactusApiError && error.status === 404)
        throw new DocumentNotFoundError(number, INVOICE);
      throw emitted ? radianEventCallError(error, emitted) : error;
    }
  }
}
