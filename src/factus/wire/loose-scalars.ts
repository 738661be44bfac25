import { looseValue, optionalField } from './loose-value';

const TRUE_WORDS = new Set(['1', 'true']);
const FALSE_WORDS = new Set(['0', 'false']);

function readBoolean(input: unknown): boolean | undefined {
  if (typeof input === 'boolean') return input;
  if (input === 1 || input === 0) return input === 1;
  if (typeof input !== 'string') return undefined;
  const word = input.trim().toLowerCase();
  if (TRUE_WORDS.has(word)) return true;
  return FALSE_WORDS.has(word) ? false : undefined;
}

function readInteger(input: unknown): number | undefined {
  const raw = typeof input === 'string' ? input.trim() : input;
  if (typeof raw === 'string' && !/^-?\d+$/.test(raw)) return undefined;
  if (typeof raw !== 'string' && typeof raw !== 'number') return undefined;
  const value = Number(raw);
  return Number.isSafeInteger(value) ? value : undefined;
}

/** Numbers are accepted as text because Factus writes codes and identifiers either way (`6920`). */
function readText(input: unknown): string | undefined {
  if (typeof input === 'string') return input.trim();
  if (typeof input === 'number' && Number.isFinite(input)) return String(input);
  return undefined;
}

/** `true`/`1`/`"1"`/`"true"` and `false`/`0`/`"0"`/`"false"`; anything else (`2`, `"yes"`) is refused. */
export const looseBoolean = looseValue('a boolean', readBoolean);
export const optionalLooseBoolean = optionalField(looseBoolean);

/** `12` or `"12"` (a safe integer); `12.5`, `"12.0"` and `"abc"` are refused. */
export const looseInteger = looseValue('an integer', readInteger);
export const optionalLooseInteger = optionalField(looseInteger);

/** Trimmed text; a number becomes its text. Objects and booleans are refused. */
export const requiredText = looseValue('text', readText);
/** Trimmed text, or undefined for absent, `null` and `""`. */
export const optionalText = optionalField(requiredText);
