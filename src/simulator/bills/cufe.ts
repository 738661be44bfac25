import { createHash } from 'node:crypto';

/**
 * DIAN's CUFE (Anexo Técnico FEV 1.9, §11.2.1): the SHA-384 hex digest of
 *   NumFac + FecFac + HorFac + ValFac + "01" + ValImp1 + "04" + ValImp2 + "03" + ValImp3
 *   + ValTot + NitFE + NumAdq + ClTec + TipoAmbiente
 * i.e. number, issue date (YYYY-MM-DD), issue time (HH:mm:ss-05:00), the amount before taxes, the
 * IVA, INC and ICA totals each after its tax code, the total, the issuer's NIT, the buyer's
 * identification, the numbering range's technical key and the environment (1 production,
 * 2 testing). Amounts have exactly two decimals.
 */
export interface CufeInput {
  number: string;
  issueDate: string;
  issueTime: string;
  grossAmount: string;
  ivaAmount: string;
  incAmount: string;
  icaAmount: string;
  total: string;
  issuerNit: string;
  customerIdentification: string;
  technicalKey: string;
  environment: '1' | '2';
}

/** The concatenation DIAN hashes, kept separate so tests and debugging can see it. */
export function cufeSource(input: CufeInput): string {
  return uniqueCodeSource(input, input.technicalKey);
}

export function cufe(input: CufeInput): string {
  return sha384Hex(cufeSource(input));
}

/** The fields CUFE and CUDE share; they differ only in the key before the environment. */
export type UniqueCodeFields = Omit<CufeInput, 'technicalKey'>;

/** Number … NumAdq + key + TipoAmbiente: the key is ClTec (CUFE) or the software PIN (CUDE). */
export function uniqueCodeSource(input: UniqueCodeFields, key: string): string {
  return [
    input.number,
    input.issueDate,
    input.issueTime,
    input.grossAmount,
    '01',
    input.ivaAmount,
    '04',
    input.incAmount,
    '03',
    input.icaAmount,
    input.total,
    input.issuerNit,
    input.customerIdentification,
    key,
    input.environment,
  ].join('');
}

export function sha384Hex(text: string): string {
  return createHash('sha384').update(text, 'utf8').digest('hex');
}
