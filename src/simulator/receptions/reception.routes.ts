import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { BillingState } from '../billing-state';
import { bogotaIsoDate, bogotaTime, factusTimestamp } from '../bills/factus-dates';
import { companyOfUser } from '../company/simulator-company';
import { msg, ValidationErrors, validationFailed } from '../core/laravel-validation';
import { DEFAULT_PER_PAGE, paginate } from '../core/laravel-paginator';
import { positiveInt, queryValue } from '../core/query-params';
import { simRoute, SimResponse } from '../core/sim-route';
import {
  buyerEventRefusal,
  CLAIM_CONCEPTS,
  newEvent,
  readPerson,
  receptionEventView,
} from '../radian/radian-events';
import {
  applyTacitAcceptance,
  CUFE_PATTERN,
  derivedSupplierInvoice,
  hasCompletedEvents,
  isUnknownToDian,
  ReceivedBill,
  ReceivedBillStore,
} from './received-bills';

const BILL_NOT_FOUND: SimResponse = {
  status: 404,
  body: { status: 'Not Found', message: 'Factura no encontrada' },
};

/**
 * Reception of supplier invoices (recepcion-de-documentos): cargar-factura
 * (`POST /v2/receptions/upload`), ver-facturas (`GET /v2/receptions/bills`) and emitir-evento
 * (`PATCH /v2/receptions/bills/:bill_id/radian/events/:event_type`). The pages document the
 * requests only; every answer's shape follows the factus-js types (factus-api.md §2.12).
 */
export function registerReceptionRoutes(app: FastifyInstance, billing: BillingState): void {
  const { state } = billing;
  const store = new ReceivedBillStore();
  state.onReset(() => store.clear());
  const now = () => ({ date: bogotaIsoDate(state.clock()), time: bogotaTime(state.clock()) });

  simRoute(app, state, 'POST', '/v2/receptions/upload', { auth: 'bearer' }, (ctx) => {
    const company = companyOfUser(ctx.userId ?? '');
    const raw = (ctx.body as Record<string, unknown> | undefined)?.track_id;
    // Assumption: a CUFE is compared case-insensitively (DIAN writes it in lower-case hex).
    const trackId = typeof raw === 'string' ? raw.trim().toLowerCase() : '';
    if (trackId === '') return validationFailed({ track_id: [msg.required('track_id')] });
    // Assumption: Laravel's rule for track_id is a CUFE's shape (the page says only "CUFE").
    if (!CUFE_PATTERN.test(trackId))
      return validationFailed({ track_id: [msg.invalid('track_id')] });
    if (isUnknownToDian(trackId))
      return {
        status: 404,
        body: { status: 'Not Found', message: 'No se encontró el documento en la DIAN' },
      };
    // Assumption: a CUFE loaded before is a conflict (the page is silent about it).
    if (store.byCufe(company.id, trackId))
      return {
        status: 409,
        body: { status: 'Conflict', message: 'La factura ya fue cargada anteriormente' },
      };
    const bill = derivedSupplierInvoice(trackId, company.id, state.clock(), now().date);
    store.add(bill);
    return {
      status: 201,
      body: { status: 'Created', message: 'Factura cargada con éxito', data: uploadView(bill) },
    };
  });

  simRoute(app, state, 'GET', '/v2/receptions/bills', { auth: 'bearer' }, (ctx) => {
    const company = companyOfUser(ctx.userId ?? '');
    const filter = (key: string) => queryValue(ctx.query, 'filter', key)?.trim() || undefined;
    const [id, number, issueDate, cufe, nit, name, completed] = [
      'id',
      'number',
      'issue_date',
      'cufe',
      'company_nit',
      'company_name',
      'completed_events',
    ].map(filter);
    // Assumption: id, issue date and CUFE match exactly; number, NIT and name partially (as the
    // bills list filters do).
    const today = now().date;
    const rows = store
      .ofCompany(company.id)
      .map((bill) => {
        applyTacitAcceptance(bill, today);
        return bill;
      })
      .filter(
        (bill) =>
          (!id || bill.id === id) &&
          (!number || bill.number.toLowerCase().includes(number.toLowerCase())) &&
          (!issueDate || bill.issueDate === issueDate) &&
          (!cufe || bill.cufe === cufe.toLowerCase()) &&
          (!nit || bill.supplierNit.includes(nit)) &&
          (!name || bill.supplierName.toLowerCase().includes(name.toLowerCase())) &&
          (completed === undefined || hasCompletedEvents(bill) === (completed === '1')),
      );
    const page = positiveInt(queryValue(ctx.query, 'page'), 1);
    const data = paginate(rows, page, DEFAULT_PER_PAGE, (n) => pageUrl(ctx.request, n));
    return {
      status: 200,
      body: {
        status: 'OK',
        message: 'Solicitud exitosa',
        data: { data: data.data.map(listView), pagination: data.pagination },
      },
    };
  });

  simRoute(
    app,
    state,
    'PATCH',
    '/v2/receptions/bills/:bill_id/radian/events/:event_type',
    { auth: 'bearer' },
    (ctx) => {
      const company = companyOfUser(ctx.userId ?? '');
      const bill = store.byId(company.id, ctx.params.bill_id);
      if (!bill) return BILL_NOT_FOUND;
      applyTacitAcceptance(bill, now().date);
      const code = ctx.params.event_type;
      const errors = new ValidationErrors();
      if (code === '034')
        // emitir-evento: "Este evento no puede ser emitido por ti".
        errors.add('event_type', 'Este evento no puede ser emitido por ti.');
      else if (!['030', '031', '032', '033'].includes(code))
        errors.add('event_type', msg.invalid('event_type'));
      const rawClaim = (ctx.body as Record<string, unknown> | undefined)?.claim_concept_code;
      const claim =
        typeof rawClaim === 'string' || typeof rawClaim === 'number' ? String(rawClaim).trim() : '';
      if (code === '031' && claim === '')
        errors.add('claim_concept_code', msg.requiredIf('claim_concept_code', 'event_type', '031'));
      else if (claim !== '' && !Object.hasOwn(CLAIM_CONCEPTS, claim))
        errors.add('claim_concept_code', msg.invalid('claim_concept_code'));
      const person = readPerson(ctx.body, errors);
      if (!errors.isEmpty || !person) return validationFailed(errors.toJSON());
      // Assumption: DIAN's refusal answers 409 with its reason (no error body is documented).
      const refusal = buyerEventRefusal(code, bill.events);
      if (refusal) return { status: 409, body: { status: 'Conflict', message: refusal } };
      bill.events.push(newEvent(code, bill.cufe, now(), person));
      if (code === '031') {
        bill.claimConcept = { code: claim, name: CLAIM_CONCEPTS[claim] };
      }
      // Assumption: the PATCH answers 200 with the invoice's events after it (emitir-evento shows
      // no answer; the factus-js types read it as the event list).
      return {
        status: 200,
        body: {
          status: 'OK',
          message: 'Evento emitido con éxito',
          data: bill.events.map(receptionEventView),
        },
      };
    },
  );
}

/** The upload's answer (factus-js `UploadedReceptionBill`). */
function uploadView(bill: ReceivedBill) {
  return {
    id: bill.id,
    number: bill.number,
    issue_date: bill.issueDate,
    issue_time: bill.issueTime,
    payment_due_date: bill.paymentDueDate,
    cufe: bill.cufe,
    company_identification_type_code: '31',
    company_nit: bill.supplierNit,
    company_dv: bill.supplierDv,
    dv: bill.supplierDv,
    company_name: bill.supplierName,
    payment_form: bill.paymentForm,
    payment_method: bill.paymentMethod,
    // The factus-js types say a number; v2 writes amounts as two-decimal text elsewhere, so text.
    total: bill.total,
    has_claim: bill.claimConcept !== null,
    is_negotiable_instrument: false,
    events: bill.events.map(receptionEventView),
    created_at: factusTimestamp(bill.createdAt),
  };
}

/**
 * A list row (factus-js `ReceptionBill`: 0/1 flags, `claim_concept` `[]` or one entry).
 * Assumption: rows also carry their `events`, as the upload's answer does; the types leave them out.
 */
function listView(bill: ReceivedBill) {
  return {
    id: bill.id,
    number: bill.number,
    issue_date: bill.issueDate,
    issue_time: bill.issueTime,
    cufe: bill.cufe,
    company_nit: bill.supplierNit,
    company_name: bill.supplierName,
    payment_form: bill.paymentForm,
    claim_concept: bill.claimConcept ?? [],
    payment_due_date: bill.paymentDueDate,
    is_negotiable_instrument: 0,
    has_claim: bill.claimConcept === null ? 0 : 1,
    // The factus-js types say a number; v2 writes amounts as two-decimal text elsewhere, so text.
    total: bill.total,
    completed_events: hasCompletedEvents(bill),
    events: bill.events.map(receptionEventView),
    created_at: factusTimestamp(bill.createdAt),
  };
}

function pageUrl(request: FastifyRequest, page: number): string {
  const url = new URL(
    request.url,
    `${request.protocol}://${request.headers.host ?? request.hostname}`,
  );
  url.searchParams.set('page', String(page));
  return url.toString();
}
