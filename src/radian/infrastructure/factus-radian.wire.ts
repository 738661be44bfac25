import { z } from 'zod';
import {
  factusCalendarDate,
  factusEnvelope,
  factusPage,
  optionalCodeName,
  optionalDecimalAmount,
  optionalFactusCalendarDate,
  optionalFactusDateTime,
  optionalField,
  optionalLooseBoolean,
  optionalText,
  requiredText,
} from '../../factus/wire';

/**
 * Factus v2 RADIAN wire shapes, parsed at the edge.
 *
 * - Events of an issued bill (facturas/eventos-de-facturas): `number, cude, event_code, event_name,
 *   effective_date, effective_time`.
 * - Events of a received invoice: the official pages give no response; the only source (the
 *   factus-js types, factus-api.md §2.12) names them `code` and `name` and adds
 *   `person_identification, person_names`. Both spellings are read.
 * - Received invoices (recepcion-de-documentos, no official response either): the upload answers
 *   the invoice with its `events`; list rows (same source) carry `claim_concept` (`[]` or one
 *   `{code, name}`) and `completed_events`, and their `id` is text where the upload's is a number:
 *   the id is read as text either way.
 */
export const factusRadianEventSchema = z
  .object({
    number: requiredText,
    cude: requiredText,
    event_code: optionalText,
    code: optionalText,
    event_name: optionalText,
    name: optionalText,
    effective_date: factusCalendarDate,
    effective_time: optionalText,
    person_identification: optionalText,
    person_names: optionalText,
  })
  .superRefine((event, ctx) => {
    if (event.event_code === undefined && event.code === undefined)
      ctx.addIssue({ code: 'custom', path: ['event_code'], message: 'is missing' });
  });
export type FactusRadianEventWire = z.output<typeof factusRadianEventSchema>;

const eventList = z.array(factusRadianEventSchema);

/** `GET /v2/bills/:number/radian/events`: an array of events. */
export const billEventsAnswer = factusEnvelope(eventList);

/** `[]` (no claim) or one `{code, name}`; a one-element list is read as its element. */
const claimConcept = z.preprocess(
  (input: unknown): unknown => (Array.isArray(input) ? (input as unknown[])[0] : input),
  optionalCodeName,
);

export const factusReceivedInvoiceSchema = z.object({
  id: requiredText,
  number: requiredText,
  cufe: requiredText,
  issue_date: optionalFactusCalendarDate,
  issue_time: optionalText,
  payment_due_date: optionalFactusCalendarDate,
  company_identification_type_code: optionalText,
  company_nit: requiredText,
  company_dv: optionalText,
  dv: optionalText,
  company_name: requiredText,
  payment_form: optionalCodeName,
  payment_method: optionalCodeName,
  claim_concept: claimConcept,
  total: optionalDecimalAmount,
  has_claim: optionalLooseBoolean,
  is_negotiable_instrument: optionalLooseBoolean,
  completed_events: optionalLooseBoolean,
  events: optionalField(eventList),
  created_at: optionalFactusDateTime,
});
export type FactusReceivedInvoiceWire = z.output<typeof factusReceivedInvoiceSchema>;

/** `POST /v2/receptions/upload`. */
export const uploadAnswer = factusEnvelope(factusReceivedInvoiceSchema);

/** `GET /v2/receptions/bills`. */
export const receivedInvoicesAnswer = factusEnvelope(factusPage(factusReceivedInvoiceSchema));

/**
 * What an emitted event answers: documented nowhere; the factus-js types say the invoice's event
 * list. An answer with the invoice (its `events`) or without data is read too: `undefined` then
 * tells the gateway to read the events again.
 */
export const emittedEventsAnswer = factusEnvelope(
  z.preprocess((input: unknown): unknown => {
    if (Array.isArray(input)) return input as unknown[];
    if (input !== null && typeof input === 'object' && 'events' in input) return input.events;
    return undefined;
  }, eventList.optional()),
);
