import { NIT_DOCUMENT_CODE } from '../catalogs/dian-codes';
import type { CustomerRequest } from './bill-request';

/**
 * DIAN's messages as Factus relays them: "Regla: <rule>, Notificación: …" (informative, the
 * document is valid) or "Regla: <rule>, Rechazo: …" (rejected). Documents carry them as an object
 * keyed by rule; rule 90 has been seen in production as a bare array of strings
 * (factus-api.md §4.4, §4.5).
 */
export type DianErrors = Record<string, string>;

export function notice(rule: string, message: string): string {
  return `Regla: ${rule}, Notificación: ${message}`;
}

export function rejection(rule: string, message: string): string {
  return `Regla: ${rule}, Rechazo: ${message}`;
}

export const DEFAULT_REJECTION = {
  rule: 'FAJ43b',
  message:
    'Nombre informado No corresponde al registrado en el RUT con respecto al Nit suministrado.',
};

export const EXPIRED_RANGE_REJECTION = {
  rule: 'FAB07b',
  message: 'Fecha de emisión posterior a la fecha final de la resolución de numeración',
};

export const RULE_90 = rejection('90', 'Documento procesado anteriormente.');

/**
 * A tiny stand-in for DIAN's RUT: NIT -> registered name. A NIT customer whose company name is not
 * registered under that NIT gets the FAJ43b notice (DIAN compares case-insensitively).
 */
const RUT_NAMES: Readonly<Record<string, string>> = {
  '900825759': 'HALLTEC S.A.S.',
  '901724254': 'EMPRESA DEMO SIMULADOR S.A.S.',
  '900123456': 'EMPRESA DE PRUEBAS S.A.S.',
};

/** The notices DIAN attaches to a valid invoice for this customer. */
export function customerNotices(customer: CustomerRequest): DianErrors {
  const notices: DianErrors = {};
  if (customer.email === null) {
    notices.CAK55 = notice('CAK55', 'No se informó el correo electrónico del adquiriente');
  }
  if (customer.identificationDocumentCode === NIT_DOCUMENT_CODE) {
    const registered = RUT_NAMES[customer.identification];
    const informed = (customer.company ?? customer.names ?? '').trim().toUpperCase();
    if (registered === undefined || registered.toUpperCase() !== informed) {
      notices.FAJ43b = notice(
        'FAJ43b',
        'Nombre informado No corresponde al registrado en el RUT con respecto al Nit suministrado.',
      );
    }
  }
  return notices;
}
