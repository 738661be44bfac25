/**
 * The DIAN "módulo 11" check digit of a NIT (Orden Administrativa 4 de 1989; factus-api.md §5.1):
 * the digits, from the rightmost leftwards, are weighted by these primes; r = sum mod 11;
 * the check digit is r when r is 0 or 1, else 11 - r.
 */
const WEIGHTS = [3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71];

export function nitCheckDigit(nit: string): number {
  const digits = [...nit].filter((c) => c >= '0' && c <= '9').map(Number);
  if (digits.length === 0 || digits.length > WEIGHTS.length) {
    throw new RangeError(`A NIT has 1 to ${WEIGHTS.length} digits: ${nit}`);
  }
  const total = digits.reverse().reduce((acc, digit, index) => acc + digit * WEIGHTS[index], 0);
  const remainder = total % 11;
  return remainder < 2 ? remainder : 11 - remainder;
}
