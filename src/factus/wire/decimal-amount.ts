import { Dec, decimalFromText } from '../../common/domain/decimal';
import { looseValue, optionalField } from './loose-value';

/**
 * Plain decimal notation only. decimal.js would also take `"0x1F"`, `"1e3"`, `"Infinity"` and
 * `"NaN"`; and a comma is refused rather than guessed (thousands separator or decimal comma?).
 */
const DECIMAL_TEXT = /^-?\d+(?:\.\d+)?$/;

function readAmount(input: unknown): Dec | undefined {
  // A JSON number has already been through a binary float; String() gives its shortest exact
  // decimal spelling (83300.5 → "83300.5"), which is what Factus wrote.
  if (typeof input === 'number') return Number.isFinite(input) ? new Dec(String(input)) : undefined;
  if (typeof input !== 'string') return undefined;
  const text = input.trim();
  return DECIMAL_TEXT.test(text) ? decimalFromText(text) : undefined;
}

/** An amount as Factus writes it (`"83300.00"`, `83300`, `"83300"`) → Dec. Never a float, never a default. */
export const decimalAmount = looseValue('an amount', readAmount);
/** An amount, or undefined for absent, `null` and `""`. */
export const optionalDecimalAmount = optionalField(decimalAmount);
