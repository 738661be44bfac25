import { z } from 'zod';

/**
 * The base of every Factus scalar: Factus writes "not set" as `null`, as an absent key or as an
 * empty string, so those three mean the same thing everywhere.
 */
export function isAbsent(input: unknown): boolean {
  return (
    input === undefined || input === null || (typeof input === 'string' && input.trim() === '')
  );
}

/**
 * A required Factus value read by `read`, which returns undefined for what it cannot read. The
 * issue says what was expected (`is not an amount`), never the value: it may hold personal data.
 */
export function looseValue<T>(
  expected: string,
  read: (input: unknown) => T | undefined,
): z.ZodType<T> {
  return z.unknown().transform((input, ctx) => {
    if (isAbsent(input)) {
      ctx.addIssue({ code: 'custom', message: 'is missing' });
      return z.NEVER;
    }
    const value = read(input);
    if (value === undefined) {
      ctx.addIssue({ code: 'custom', message: `is not ${expected}` });
      return z.NEVER;
    }
    return value;
  });
}

/**
 * Any schema made optional the Factus way: absent, `null` and `""` become undefined; anything
 * else must pass the schema (an optional amount that says "abc" is still refused).
 */
export function optionalField<T>(schema: z.ZodType<T>): z.ZodType<T | undefined> {
  return z.preprocess((input) => (isAbsent(input) ? undefined : input), schema.optional());
}
