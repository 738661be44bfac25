import Decimal from 'decimal.js';

/**
 * Money and quantities are decimals, never binary floats. Factus (Laravel/PHP `round()`) rounds
 * half away from zero; DIAN documents carry two decimals. One configured constructor for all code.
 */
export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Dec = Decimal;

export const ZERO = new Dec(0);

/** Rounds to two decimals, half away from zero (as Factus does). */
export function round2(value: Decimal): Decimal {
  return value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** The two-decimal string Factus v2 expects for every amount ("83300.00"). */
export function toAmountString(value: Decimal): string {
  // Most amounts already carry at most two decimals (Factus sends them so): format them directly
  // rather than building a rounded copy first. Same result, one allocation less per amount.
  return value.decimalPlaces() <= 2 ? value.toFixed(2) : round2(value).toFixed(2);
}

export function sum(values: readonly Decimal[]): Decimal {
  return values.reduce<Decimal>((acc, v) => acc.plus(v), ZERO);
}
