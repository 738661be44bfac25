import { sha384Hex, UniqueCodeFields, uniqueCodeSource } from './cufe';

/**
 * DIAN's CUDE of a credit or debit note (Anexo Técnico FEV 1.9, §11.2.2): the SHA-384 hex digest of
 *   NumNC + FecNC + HorNC + ValNC + "01" + ValImp1 + "04" + ValImp2 + "03" + ValImp3
 *   + ValTot + NitFE + NumAdq + SoftwarePIN + TipoAmbiente
 * i.e. the CUFE's concatenation with the issuing software's PIN where the invoice has the range's
 * technical key (note ranges have none). Amounts have exactly two decimals.
 */
export interface CudeInput extends UniqueCodeFields {
  softwarePin: string;
}

/** The PIN of the simulator's "software" registered at DIAN (a constant: nothing to configure). */
export const SIMULATOR_SOFTWARE_PIN = '75315';

/** The concatenation DIAN hashes, kept separate so tests and debugging can see it. */
export function cudeSource(input: CudeInput): string {
  const { softwarePin, ...fields } = input;
  return uniqueCodeSource(fields, softwarePin);
}

export function cude(input: CudeInput): string {
  return sha384Hex(cudeSource(input));
}
