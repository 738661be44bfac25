/**
 * RADIAN events: the acts DIAN registers on an electronic sales invoice after it is issued
 * (Factus v2 tablas-de-referencia "Códigos de eventos", recepcion-de-documentos/emitir-evento).
 * The buyer emits 030–033 on an invoice it received; the issuer emits 034 on its own invoice.
 */
export const RADIAN_EVENT_NAMES = {
  '030': 'Acuse de recibo de Factura Electrónica de Venta',
  '031': 'Reclamo de la Factura Electrónica de Venta',
  '032': 'Recibo del bien y/o prestación del servicio',
  '033': 'Aceptación expresa',
  '034': 'Aceptación tácita',
} as const;

export type RadianEventCode = keyof typeof RADIAN_EVENT_NAMES;

export const RADIAN_EVENT_CODES = Object.keys(RADIAN_EVENT_NAMES) as RadianEventCode[];

export const ACKNOWLEDGEMENT: RadianEventCode = '030';
export const CLAIM: RadianEventCode = '031';
export const GOODS_RECEIVED: RadianEventCode = '032';
export const EXPRESS_ACCEPTANCE: RadianEventCode = '033';
export const TACIT_ACCEPTANCE: RadianEventCode = '034';

/** The events the buyer emits itself on a received invoice (emitir-evento: 034 "no puede ser emitido por ti"). */
export const BUYER_EVENT_CODES: readonly RadianEventCode[] = ['030', '031', '032', '033'];

export function isRadianEventCode(value: string): value is RadianEventCode {
  return Object.hasOwn(RADIAN_EVENT_NAMES, value);
}

/** Claim concepts of a 031 (tablas-de-referencia "Códigos de conceptos de reclamo"). */
export const CLAIM_CONCEPTS = {
  '01': 'Documento con inconsistencias',
  '02': 'Mercancía no entregada totalmente',
  '03': 'Mercancía no entregada parcialmente',
  '04': 'Servicio no prestado',
} as const;

export type ClaimConceptCode = keyof typeof CLAIM_CONCEPTS;

export const CLAIM_CONCEPT_CODES = Object.keys(CLAIM_CONCEPTS) as ClaimConceptCode[];

/** One RADIAN event as DIAN registered it. */
export interface RadianEvent {
  /** The event's own number (e.g. `AP68`). */
  number: string;
  /** The event's CUDE (SHA-384 hex). */
  cude: string;
  /** The event code (`030`…`034`), as Factus gives it (an unknown code is kept, not dropped). */
  code: string;
  name: string;
  /** Bogotá calendar day `YYYY-MM-DD`. */
  effectiveDate: string;
  /** Bogotá wall-clock time `HH:mm:ss`, when given. */
  effectiveTime?: string;
  /** Who emitted it (received invoices only): identification and names. */
  personIdentification?: string;
  personNames?: string;
}

/**
 * The person who performs a RADIAN act for the company (emitir-evento, aceptacion-tacita body):
 * whoever received the invoice or the goods, made the claim or accepted.
 */
export interface RadianPerson {
  /** DIAN identification document code (`13` cédula, `31` NIT…). */
  identificationDocumentCode: string;
  identification: string;
  /** NIT check digit; required when the person is identified by NIT (`31`). */
  dv?: string;
  firstName: string;
  lastName: string;
  jobTitle?: string;
  organizationDepartment?: string;
}

/** DIAN's identification code of a NIT (tablas-de-referencia). */
export const NIT_DOCUMENT_CODE = '31';

/** The codes already registered on a document. */
export function codesOf(events: readonly RadianEvent[]): Set<string> {
  return new Set(events.map((event) => event.code));
}
