import { addBusinessDays, nextDay } from './colombian-business-days';
import {
  ACKNOWLEDGEMENT,
  CLAIM,
  codesOf,
  EXPRESS_ACCEPTANCE,
  GOODS_RECEIVED,
  RadianEvent,
  RadianEventCode,
  TACIT_ACCEPTANCE,
} from './radian-event';

/**
 * Which RADIAN event a document's history allows, checked here before Factus is asked. Sources:
 * the Factus v2 pages (recepcion-de-documentos/emitir-evento: the order 030 → 032 → 031 | 033, and
 * 034 "será generado automáticamente por … el facturador/emisor si, pasados tres (3) días hábiles
 * desde la emisión del evento Recibo del bien …, no has emitido un Reclamo … o una Aceptación
 * expresa"; facturas/aceptacion-tacita: 034 "solo es valido para las facturas … a crédito") and
 * DIAN's RADIAN rules behind them (each event once per invoice; a claim and an express acceptance
 * exclude each other and both need 032 first, which needs 030).
 *
 * Each function answers the reason the event is refused, or undefined when it is allowed.
 */

/** Business days DIAN gives the buyer after 032 to claim or accept before the tacit acceptance. */
export const TACIT_ACCEPTANCE_BUSINESS_DAYS = 3;

/** DIAN's payment form code of a credit sale (tablas-de-referencia "Formas de pago"). */
export const CREDIT_PAYMENT_FORM = '2';

/** A buyer's event (030–033) on an invoice it received, given the events registered so far. */
export function buyerEventRefusal(
  code: RadianEventCode,
  events: readonly RadianEvent[],
): string | undefined {
  const done = codesOf(events);
  if (code === TACIT_ACCEPTANCE)
    return 'the tacit acceptance (034) is emitted by the issuer of the invoice, never by its buyer.';
  if (done.has(code))
    return `the invoice already has event ${code}; DIAN registers each event once.`;
  if (code === ACKNOWLEDGEMENT) return undefined;
  if (!done.has(ACKNOWLEDGEMENT))
    return `the acknowledgement of receipt (030) must be emitted before event ${code}.`;
  if (code === GOODS_RECEIVED) return undefined;
  if (!done.has(GOODS_RECEIVED))
    return `the receipt of the goods or services (032) must be emitted before event ${code}.`;
  if (done.has(TACIT_ACCEPTANCE))
    return 'the invoice was tacitly accepted (034): it can no longer be claimed or accepted.';
  if (code === CLAIM && done.has(EXPRESS_ACCEPTANCE))
    return 'the invoice was expressly accepted (033): it can no longer be claimed.';
  if (code === EXPRESS_ACCEPTANCE && done.has(CLAIM))
    return 'the invoice was claimed (031): it can no longer be expressly accepted.';
  return undefined;
}

export interface TacitAcceptanceFacts {
  events: readonly RadianEvent[];
  /** The payment form codes of the invoice's payment details (`1` cash, `2` credit). */
  paymentFormCodes: readonly string[];
  /** Today in Bogotá, `YYYY-MM-DD`. */
  today: string;
}

/**
 * The issuer's tacit acceptance (034) of its own credit invoice: 032 registered, no claim (031)
 * nor express acceptance (033), and three business days passed since the 032.
 *
 * Decision on the contradictory pages (v2-findings #8): the bills page lets the issuer emit 034
 * (`POST /v2/bills/:number/radian/events/:event_type`), the reception page says the buyer cannot
 * and that the issuer's side generates it after the term. Both hold: the issuer may emit 034 on
 * its own invoice once the term is over; the buyer never may. The term is counted from the day
 * after the 032's effective date: the 034 is allowed from the day after the third business day.
 */
export function tacitAcceptanceRefusal(facts: TacitAcceptanceFacts): string | undefined {
  if (!facts.paymentFormCodes.includes(CREDIT_PAYMENT_FORM))
    return 'the tacit acceptance applies only to credit invoices (payment form 2).';
  const done = codesOf(facts.events);
  if (done.has(TACIT_ACCEPTANCE)) return 'the invoice is already tacitly accepted (034).';
  if (done.has(CLAIM)) return 'the buyer claimed the invoice (031).';
  if (done.has(EXPRESS_ACCEPTANCE)) return 'the buyer expressly accepted the invoice (033).';
  const receipt = facts.events.find((event) => event.code === GOODS_RECEIVED);
  if (!receipt)
    return 'the buyer has not registered the receipt of the goods or services (032); the term runs from it.';
  const allowedFrom = tacitAcceptanceAllowedFrom(receipt.effectiveDate);
  if (facts.today < allowedFrom)
    return (
      `the buyer has ${TACIT_ACCEPTANCE_BUSINESS_DAYS} business days after the receipt of the goods (032, ` +
      `${receipt.effectiveDate}) to claim or accept; the tacit acceptance is possible from ${allowedFrom}.`
    );
  return undefined;
}

/** The first day the 034 may be emitted after a 032 of `receiptDate`. */
export function tacitAcceptanceAllowedFrom(receiptDate: string): string {
  return nextDay(addBusinessDays(receiptDate, TACIT_ACCEPTANCE_BUSINESS_DAYS));
}
