import { Injectable } from '@nestjs/common';
import type { ProviderSession } from '../../auth/domain/provider-session';
import { FactusHttpClient } from '../../factus/factus-http.client';
import { FactusApiError } from '../../factus/factus.errors';
import { parseFactusAnswer } from '../../factus/wire';
import type {
  ClaimConceptCode,
  RadianEvent,
  RadianEventCode,
  RadianPerson,
} from '../domain/radian-event';
import {
  ReceivedInvoiceAlreadyUploadedError,
  ReceivedInvoiceNotFoundError,
} from '../domain/radian.errors';
import type {
  ReceivedInvoice,
  ReceivedInvoiceFilter,
  ReceivedInvoicePage,
} from '../domain/received-invoice';
import type { ReceivedInvoiceGateway } from '../domain/received-invoice-gateway.port';
import { radianEventCallError, uploadCallError } from './factus-radian-errors';
import { fromFactusEvent, fromFactusReceivedInvoice } from './factus-radian.mapper';
import { toFactusPerson } from './factus-radian-person';
import { emittedEventsAnswer, receivedInvoicesAnswer, uploadAnswer } from './factus-radian.wire';

const seg = encodeURIComponent;
const UPLOAD = '/v2/receptions/upload';
const LIST = '/v2/receptions/bills';
const EMIT = '/v2/receptions/bills/:bill_id/radian/events/:event_type';

/**
 * Reception of supplier invoices (recepcion-de-documentos): cargar-factura
 * (`POST /v2/receptions/upload {track_id}`), ver-facturas (`GET /v2/receptions/bills` with
 * `filter[...]`) and emitir-evento (`PATCH /v2/receptions/bills/:bill_id/radian/events/:event_type`).
 */
@Injectable()
export class FactusReceivedInvoiceGateway implements ReceivedInvoiceGateway {
  constructor(private readonly client: FactusHttpClient) {}

  async upload(cufe: string, session: ProviderSession): Promise<ReceivedInvoice> {
    let body: unknown;
    try {
      ({ body } = await this.client.send({
        method: 'POST',
        path: UPLOAD,
        json: { track_id: cufe },
        session,
        // Loading the same CUFE twice cannot create a second invoice: at worst Factus says so.
        retryable: true,
      }));
    } catch (error) {
      if (error instanceof FactusApiError && error.status === 404)
        throw new ReceivedInvoiceNotFoundError(
          `DIAN has no electronic invoice with this CUFE (Factus: ${error.message}). Check the CUFE on the supplier's invoice.`,
        );
      if (error instanceof FactusApiError && error.status === 409)
        throw new ReceivedInvoiceAlreadyUploadedError(error.message);
      throw uploadCallError(error);
    }
    return fromFactusReceivedInvoice(parseFactusAnswer(uploadAnswer, body, `POST ${UPLOAD}`).data);
  }

  async list(
    filter: ReceivedInvoiceFilter,
    session: ProviderSession,
  ): Promise<ReceivedInvoicePage> {
    const bool = (value: boolean | undefined) => (value === undefined ? undefined : value ? 1 : 0);
    const { body } = await this.client.send({
      method: 'GET',
      path: LIST,
      query: {
        'filter[id]': filter.id,
        'filter[number]': filter.number,
        'filter[issue_date]': filter.issueDate,
        'filter[cufe]': filter.cufe,
        'filter[company_nit]': filter.supplierNit,
        'filter[company_name]': filter.supplierName,
        'filter[completed_events]': bool(filter.completedEvents),
        page: filter.page,
      },
      session,
    });
    const { data } = parseFactusAnswer(receivedInvoicesAnswer, body, `GET ${LIST}`);
    const rows = data.data.map(fromFactusReceivedInvoice);
    const pagination = data.pagination;
    return {
      data: rows,
      pagination: {
        page: pagination?.current_page ?? filter.page,
        perPage: pagination?.per_page ?? rows.length,
        total: pagination?.total ?? rows.length,
        lastPage: pagination?.last_page ?? 1,
      },
    };
  }

  async find(id: string, session: ProviderSession): Promise<ReceivedInvoice | undefined> {
    const page = await this.list({ id, page: 1 }, session);
    return page.data.find((invoice) => invoice.id === id);
  }

  async emitEvent(
    id: string,
    code: RadianEventCode,
    act: { person: RadianPerson; claimConceptCode?: ClaimConceptCode },
    session: ProviderSession,
  ): Promise<RadianEvent[]> {
    let body: unknown;
    try {
      ({ body } = await this.client.send({
        method: 'PATCH',
        path: `/v2/receptions/bills/${seg(id)}/radian/events/${seg(code)}`,
        endpoint: EMIT,
        json: toFactusPerson(act.person, act.claimConceptCode),
        session,
      }));
    } catch (error) {
      if (error instanceof FactusApiError && error.status === 404)
        throw new ReceivedInvoiceNotFoundError(`Factus has no received invoice ${id}.`);
      throw radianEventCallError(error, code);
    }
    const { data } = parseFactusAnswer(emittedEventsAnswer, body, `PATCH ${EMIT}`);
    if (data) return data.map(fromFactusEvent);
    return (await this.find(id, session))?.events ?? [];
  }
}
