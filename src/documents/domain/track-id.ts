/**
 * A document's DIAN track id: the CUFE of an invoice, the CUDE of a credit or debit note, the CUDS
 * of a support document, the CUNE of a payroll document (v2 documentos/descargar-xml). DIAN
 * defines every one of them as a SHA-384 digest written in hexadecimal: 96 characters.
 */
const TRACK_ID = /^[0-9a-f]{96}$/i;

export const TRACK_ID_MESSAGE =
  'trackId must be a CUFE, CUDE, CUDS or CUNE: 96 hexadecimal characters (a SHA-384 digest)';

export function isTrackId(value: unknown): value is string {
  return typeof value === 'string' && TRACK_ID.test(value);
}

/** Hex digits are case-insensitive; DIAN writes them in lower case, as Factus answers them. */
export function normalizeTrackId(trackId: string): string {
  return trackId.toLowerCase();
}
