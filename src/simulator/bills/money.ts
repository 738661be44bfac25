import Decimal from 'decimal.js';

/**
 * Money in the simulator: decimal.js only, never binary floats. Factus (Laravel, PHP `round()`)
 * rounds half away from zero, which is decimal.js's ROUND_HALF_UP; responses carry two decimals.
 */
export const Money = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Money = Decimal;

export const ZERO: Money = new Money(0);

export function round2(value: Money): Money {
  return value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** The two-decimal string of every amount on the wire ("83300.00"). */
export function amount(value: Money): string {
  return round2(value).toFixed(2);
}

export function sum(values: readonly Money[]): Money {
  return values.reduce<Money>((total, value) => total.plus(value), ZERO);
}

/** Factus accepts amounts as JSON numbers or numeric strings ("83300", "10000.00", 83300). */
const NUMERIC_STRING = /^-?\d+(\.\d+)?$/;

export function parseMoney(value: unknown): Money | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? new Money(value) : undefined;
  if (typeof value === 'string' && NUMERIC_STRING.test(value.trim())) {
    return new Money(value.trim());
  }
  return undefined;
}
