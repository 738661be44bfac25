import { createHash } from 'node:crypto';
import { msg, ValidationErrors } from '../core/laravel-validation';
import { addBusinessDays, nextDay } from './business-days';

/** tablas-de-referencia "Códigos de eventos". */
export const EVENT_NAMES: Record<string, string> = {
  '030': 'Acuse de recibo de Factura Electrónica de Venta',
  '031': 'Reclamo de la Factura Electrónica de Venta',
  '032': 'Recibo del bien y/o prestación del servicio',
  '033': 'Aceptación expresa',
  '034': 'Aceptación tácita',
};

/** tablas-de-referencia "Códigos de conceptos de reclamo". */
export const CLAIM_CONCEPTS: Record<string, string> = {
  '01': 'Documento con inconsistencias',
  '02': 'Mercancía no entregada totalmente',
  '03': 'Mercancía no entregada parcialmente',
  '04': 'Servicio no prestado',
};

/** DIAN identification codes (tablas-de-referencia "Códigos de tipos de documentos de identidad"). */
const IDENTIFICATION_CODES = new Set([
  '11',
  '12',
  '13',
  '21',
  '22',
  '31',
  '41',
  '42',
  '47',
  '48',
  '50',
  '91',
]);

export interface SimRadianEvent {
  number: string;
  cude: string;
  code: string;
  effectiveDate: string;
  effectiveTime: string;
  personIdentification: string | null;
  personNames: string | null;
}

/** The person block of emitir-evento / aceptacion-tacita, as read from a valid body. */
export interface SimRadianPerson {
  identification: string;
  names: string;
}

let eventSequence = 0;

/**
 * A new event: numbered like the docs' example (`AP68`, one sequence for the whole simulator)
 * with a CUDE hashed from what identifies it.
 * Assumption: DIAN's event CUDE hashes more fields (software PIN, times); any SHA-384 of the
 * event's identity stands in for it, as nothing reads inside it.
 */
export function newEvent(
  code: string,
  documentCode: string,
  at: { date: string; time: string },
  person?: SimRadianPerson,
): SimRadianEvent {
  eventSequence += 1;
  const number = `AP${eventSequence}`;
  return {
    number,
    cude: createHash('sha384')
      .update(`${number}${code}${documentCode}${at.date}${at.time}`)
      .digest('hex'),
    code,
    effectiveDate: at.date,
    effectiveTime: at.time,
    personIdentification: person?.identification ?? null,
    personNames: person?.names ?? null,
  };
}

/**
 * Reads the person body Laravel-style (emitir-evento table): identification_document_code,
 * identification, first_name and last_name required; dv required with a NIT.
 * The page says "identification_document_code=6" for the NIT, v1's internal id; v2 speaks DIAN
 * codes, where the NIT is 31. Assumption: both 6 and 31 require the dv; 6 is accepted as the NIT.
 */
export function readPerson(body: unknown, errors: ValidationErrors): SimRadianPerson | undefined {
  const record = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const text = (key: string) => {
    const value = record[key];
    if (typeof value === 'number') return String(value);
    return typeof value === 'string' ? value.trim() : undefined;
  };
  const code = text('identification_document_code');
  if (!code)
    errors.add('identification_document_code', msg.required('identification_document_code'));
  else if (!IDENTIFICATION_CODES.has(code) && code !== '6')
    errors.add('identification_document_code', msg.invalid('identification_document_code'));
  for (const key of ['identification', 'first_name', 'last_name']) {
    if (!text(key)) errors.add(key, msg.required(key));
  }
  if ((code === '31' || code === '6') && !text('dv'))
    errors.add('dv', msg.requiredIf('dv', 'identification_document_code', code));
  if (!errors.isEmpty) return undefined;
  return {
    identification: text('identification') as string,
    names: `${text('first_name')} ${text('last_name')}`,
  };
}

/**
 * DIAN's order of the buyer's events, as the simulator enforces it (emitir-evento lists them
 * 030 → 032 → 031 | 033). Assumption: DIAN's refusals reach the caller as 409 with DIAN's reason;
 * the pages document no body for them.
 */
export function buyerEventRefusal(
  code: string,
  events: readonly SimRadianEvent[],
): string | undefined {
  const done = new Set(events.map((event) => event.code));
  if (done.has(code)) return `El evento ${code} ya fue registrado para este documento`;
  if (code === '030') return undefined;
  if (!done.has('030')) return 'No existe el evento Acuse de recibo (030)';
  if (code === '032') return undefined;
  if (!done.has('032'))
    return 'No existe el evento Recibo del bien y/o prestación del servicio (032)';
  if (done.has('034')) return 'La factura fue aceptada tácitamente (034)';
  if (code === '031' && done.has('033')) return 'La factura fue aceptada expresamente (033)';
  if (code === '033' && done.has('031')) return 'La factura tiene un reclamo (031)';
  return undefined;
}

/**
 * The issuer's tacit acceptance (034): 032 registered, no 031 / 033 / 034, and three business days
 * after the 032 (recepcion-de-documentos/emitir-evento). Assumption: the term ends with the third
 * business day after the 032's date; the 034 is possible from the next day.
 */
export function tacitAcceptanceRefusal(
  events: readonly SimRadianEvent[],
  today: string,
): string | undefined {
  const done = new Set(events.map((event) => event.code));
  if (done.has('034')) return 'El evento 034 ya fue registrado para este documento';
  if (done.has('031')) return 'La factura tiene un reclamo (031)';
  if (done.has('033')) return 'La factura fue aceptada expresamente (033)';
  const receipt = events.find((event) => event.code === '032');
  if (!receipt) return 'No existe el evento Recibo del bien y/o prestación del servicio (032)';
  if (today < nextDay(addBusinessDays(receipt.effectiveDate, 3)))
    return 'No han transcurrido tres (3) días hábiles desde el evento 032';
  return undefined;
}

/** An event as the bills page lists it (eventos-de-facturas). */
export function billEventView(event: SimRadianEvent) {
  return {
    number: event.number,
    cude: event.cude,
    event_code: event.code,
    event_name: EVENT_NAMES[event.code] ?? event.code,
    effective_date: event.effectiveDate,
    effective_time: event.effectiveTime,
  };
}

/**
 * An event of a received invoice. Assumption: the reception pages show no event; the fields are
 * the factus-js types' (`code`, `name`, `person_identification`, `person_names`).
 */
export function receptionEventView(event: SimRadianEvent) {
  return {
    number: event.number,
    cude: event.cude,
    code: event.code,
    name: EVENT_NAMES[event.code] ?? event.code,
    effective_date: event.effectiveDate,
    effective_time: event.effectiveTime,
    person_identification: event.personIdentification,
    person_names: event.personNames,
  };
}
