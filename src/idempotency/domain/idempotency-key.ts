import { IdempotencyKeyInvalidError } from './idempotency.errors';

/** 1 to 255 visible ASCII characters (no spaces, no control characters). */
const KEY = /^[\x21-\x7e]{1,255}$/;

/**
 * The key of an `Idempotency-Key` header; undefined when there is none (the key is optional).
 * The draft spells the value as a structured-field string (`"8e03978e-…"`); a bare token, as most
 * clients send it, is the same key, so surrounding quotes are not part of it.
 */
export function idempotencyKeyOf(header: string | string[] | undefined): string | undefined {
  if (header === undefined) return undefined;
  if (Array.isArray(header)) throw new IdempotencyKeyInvalidError('appears more than once');
  const key =
    header.length >= 2 && header.startsWith('"') && header.endsWith('"')
      ? header.slice(1, -1)
      : header;
  if (!KEY.test(key))
    throw new IdempotencyKeyInvalidError('must be 1 to 255 visible ASCII characters');
  return key;
}
