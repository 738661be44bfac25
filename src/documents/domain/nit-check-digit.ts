/**
 * DIAN's NIT check digit ("dígito de verificación", Orden Administrativa 4 de 1989, "módulo 11"):
 * the digits, read from the right, are multiplied by these primes; the sum modulo 11 gives r, and
 * the check digit is r when r is 0 or 1, else 11 − r.
 */
const WEIGHTS_FROM_THE_RIGHT = [3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71] as const;

/** The longest NIT the weights cover. */
export const NIT_MAX_DIGITS = WEIGHTS_FROM_THE_RIGHT.length;

/** Whether `nit` is a NIT as Factus wants it: digits only (no check digit, dots or hyphen). */
export function isNitNumber(nit: string): boolean {
  return new RegExp(`^\\d{1,${NIT_MAX_DIGITS}}$`).test(nit);
}

/** The check digit of a NIT given as digits only ("900825759" → "7"). */
export function nitCheckDigit(nit: string): string {
  if (!isNitNumber(nit)) {
    throw new RangeError(`A NIT is 1 to ${NIT_MAX_DIGITS} digits, without check digit: ${nit}`);
  }
  const sum = [...nit]
    .reverse()
    .reduce((acc, digit, i) => acc + Number(digit) * WEIGHTS_FROM_THE_RIGHT[i], 0);
  const r = sum % 11;
  return String(r < 2 ? r : 11 - r);
}
