import type { FastifyInstance } from 'fastify';
import type { BillingState } from '../billing-state';
import { bogotaIsoDate, bogotaTime, isIsoDate, isTime } from '../bills/factus-dates';
import { companyOfUser } from '../company/simulator-company';
import { ValidationErrors, validationFailed } from '../core/laravel-validation';
import { simRoute, SimResponse } from '../core/sim-route';
import {
  billEventView,
  buyerEventRefusal,
  newEvent,
  readPerson,
  SimRadianEvent,
  tacitAcceptanceRefusal,
} from './radian-events';

const BILL_NOT_FOUND: SimResponse = {
  status: 404,
  body: { status: 'Not Found', message: 'Factura no encontrada' },
};

/**
 * RADIAN on the simulator's issued bills: facturas/eventos-de-facturas
 * (`GET /v2/bills/:number/radian/events`) and facturas/aceptacion-tacita
 * (`POST /v2/bills/:number/radian/events/:event_type`, 034 only), plus a control route through
 * which tests play the buyer (`POST /__simulator/bills/:number/radian/events`), since the buyer's
 * events reach DIAN from the buyer's own software, never through the issuer's Factus.
 */
export function registerBillRadianRoutes(app: FastifyInstance, billing: BillingState): void {
  const { state } = billing;
  const log = new Map<string, SimRadianEvent[]>();
  state.onReset(() => log.clear());
  const eventsOf = (companyId: string, number: string) => {
    const key = `${companyId}:${number}`;
    let events = log.get(key);
    if (!events) log.set(key, (events = []));
    return events;
  };
  const now = () => ({ date: bogotaIsoDate(state.clock()), time: bogotaTime(state.clock()) });

  simRoute(app, state, 'GET', '/v2/bills/:number/radian/events', { auth: 'bearer' }, (ctx) => {
    const company = companyOfUser(ctx.userId ?? '');
    const bill = billing.bills.byNumber(company.id, ctx.params.number);
    if (!bill) return BILL_NOT_FOUND;
    // Assumption: a bill DIAN has not validated has no events (an empty list, not an error).
    const data = eventsOf(company.id, bill.number).map(billEventView);
    return { status: 200, body: { status: 'OK', message: 'Solicitud exitosa', data } };
  });

  simRoute(
    app,
    state,
    'POST',
    '/v2/bills/:number/radian/events/:event_type',
    { auth: 'bearer' },
    (ctx) => {
      const company = companyOfUser(ctx.userId ?? '');
      const bill = billing.bills.byNumber(company.id, ctx.params.number);
      if (!bill) return BILL_NOT_FOUND;
      const errors = new ValidationErrors();
      // The page documents this route for the tacit acceptance only. Assumption: any other code
      // is a validation error of `event_type`.
      if (ctx.params.event_type !== '034')
        errors.add(
          'event_type',
          'El tipo de evento no puede ser emitido por el emisor de la factura.',
        );
      const person = readPerson(ctx.body, errors);
      if (!errors.isEmpty || !person) return validationFailed(errors.toJSON());
      // Assumption: the refusals below answer 409 with the reason; the page documents no error body.
      if (bill.status !== 'validated')
        return conflict('La factura no ha sido validada por la DIAN');
      if (!bill.request.paymentDetails.some((detail) => detail.paymentForm === '2'))
        return conflict(
          'Este evento solo es valido para las facturas generadas con la forma de pago a crédito',
        );
      const events = eventsOf(company.id, bill.number);
      const refusal = tacitAcceptanceRefusal(events, now().date);
      if (refusal) return conflict(refusal);
      events.push(newEvent('034', bill.uniqueCode, now()));
      // Assumption: the answer is the bill's events (the factus-js types' reading of emitting).
      return {
        status: 201,
        body: {
          status: 'Created',
          message: 'Evento emitido con éxito',
          data: events.map(billEventView),
        },
      };
    },
  );

  /** Control: the buyer's event on an issued bill, at an optional past date (to run the 034 term). */
  app.post<{ Params: { number: string } }>(
    '/__simulator/bills/:number/radian/events',
    (request, reply) => {
      const body = (request.body ?? {}) as Record<string, unknown>;
      const bill = billing.bills.all().find((b) => b.number === request.params.number);
      if (!bill) return reply.code(404).send({ message: 'no such bill' });
      const code = body.event_code;
      if (typeof code !== 'string' || !['030', '031', '032', '033'].includes(code))
        return reply.code(400).send({ message: 'event_code must be one of 030, 031, 032, 033' });
      const at = now();
      const date = body.effective_date ?? at.date;
      const time = body.effective_time ?? at.time;
      if (typeof date !== 'string' || !isIsoDate(date) || typeof time !== 'string' || !isTime(time))
        return reply
          .code(400)
          .send({ message: 'effective_date is YYYY-MM-DD, effective_time HH:mm:ss' });
      const events = eventsOf(bill.companyId, bill.number);
      const refusal = buyerEventRefusal(code, events);
      if (refusal) return reply.code(409).send({ message: refusal });
      events.push(newEvent(code, bill.uniqueCode, { date, time }));
      return reply.code(201).send({ data: events.map(billEventView) });
    },
  );
}

function conflict(message: string): SimResponse {
  return { status: 409, body: { status: 'Conflict', message } };
}
