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

/**
 * Two places, no sign, no leading zero: what `toFixed(2)` prints for the value, character for
 * character ("83300.00", "0.50"). Negative amounts take the ordinary path (decimal.js's spelling
 * of `-0` is not worth second-guessing).
 */
const CANONICAL_AMOUNT = /^(?:0|[1-9]\d{0,19})\.\d{2}$/;

/** The text a decimal was read from, when that text is already its two-decimal spelling. */
const spelledAs = new WeakMap<Decimal, string>();

/** Decimals are immutable: one instance per spelling read ("0.00" comes dozens of times a bill). */
const readAmounts = new Map<string, Decimal>();
const READ_AMOUNTS_MAX = 10_000;

/**
 * The decimal `text` spells (plain decimal notation, already checked by the caller). A canonical
 * two-decimal text is remembered with its value, so that `toAmountString` gives it back as it came
 * instead of formatting the decimal again: amounts Factus sends pass through after a format check.
 */
export function decimalFromText(text: string): Decimal {
  let value = readAmounts.get(text);
  if (value !== undefined) return value;
  value = new Dec(text);
  if (CANONICAL_AMOUNT.test(text)) spelledAs.set(value, text);
  // Bounded: a flood of distinct amounts empties it rather than growing it.
  if (readAmounts.size >= READ_AMOUNTS_MAX) readAmounts.clear();
  readAmounts.set(text, value);
  return value;
}

/** The two-decimal string Factus v2 expects for every amount ("83300.00"). */
export function toAmountString(value: Decimal): string {
  const spelled = spelledAs.get(value);
  if (spelled !== undefined) return spelled;
  // Most amounts already carry at most two decimals (Factus sends them so): format them directly
  // rather than building a rounded copy first. Same result, one allocation less per amount.
  return value.decimalPlaces() <= 2 ? value.toFixed(2) : round2(value).toFixed(2);
}

export function sum(values: readonly Decimal[]): Decimal {
  return values.reduce<Decimal>((acc, v) => acc.plus(v), ZERO);
}
