import { z } from 'zod';
import {
  looseBoolean,
  looseInteger,
  optionalLooseBoolean,
  optionalLooseInteger,
  optionalText,
  requiredText,
} from './loose-scalars';

const accepts = <T>(schema: z.ZodType<T>, input: unknown) => schema.parse(input);
const refuses = (schema: z.ZodType, input: unknown) => {
  const result = schema.safeParse(input);
  expect(result.success).toBe(false);
  return result.error?.issues[0]?.message;
};

describe('looseBoolean', () => {
  it.each([true, 1, '1', 'true', ' TRUE '])('reads %j as true', (input) => {
    expect(accepts(looseBoolean, input)).toBe(true);
  });

  it.each([false, 0, '0', 'false'])('reads %j as false', (input) => {
    expect(accepts(looseBoolean, input)).toBe(false);
  });

  it.each([2, 'yes', 'si', {}, []])('refuses %j', (input) => {
    expect(refuses(looseBoolean, input)).toBe('is not a boolean');
  });

  it.each([undefined, null, ''])('calls %j missing', (input) => {
    expect(refuses(looseBoolean, input)).toBe('is missing');
  });

  it('optional: absent is undefined, a bad value is still refused', () => {
    expect(accepts(optionalLooseBoolean, null)).toBeUndefined();
    expect(accepts(optionalLooseBoolean, '')).toBeUndefined();
    expect(accepts(optionalLooseBoolean, '1')).toBe(true);
    expect(refuses(optionalLooseBoolean, 'maybe')).toBe('is not a boolean');
  });
});

describe('looseInteger', () => {
  it.each([
    [12, 12],
    ['12', 12],
    [' -3 ', -3],
    ['990000875', 990000875],
  ])('reads %j as %d', (input, expected) => {
    expect(accepts(looseInteger, input)).toBe(expected);
  });

  it.each([12.5, '12.5', '12.0', 'abc', '1e3', Number.NaN, '9007199254740993', true])(
    'refuses %j',
    (input) => {
      expect(refuses(looseInteger, input)).toBe('is not an integer');
    },
  );

  it('optional: absent is undefined, a bad value is still refused', () => {
    expect(accepts(optionalLooseInteger, undefined)).toBeUndefined();
    expect(accepts(optionalLooseInteger, '7')).toBe(7);
    expect(refuses(optionalLooseInteger, 'Ilimitado')).toBe('is not an integer');
  });
});

describe('requiredText / optionalText', () => {
  it('trims, and writes numbers as text', () => {
    expect(accepts(requiredText, '  ALAN ')).toBe('ALAN');
    expect(accepts(requiredText, 6920)).toBe('6920');
  });

  it.each([undefined, null, '', '   '])('requiredText calls %j missing', (input) => {
    expect(refuses(requiredText, input)).toBe('is missing');
  });

  it.each([true, {}, ['a'], Number.POSITIVE_INFINITY])('refuses %j as text', (input) => {
    expect(refuses(requiredText, input)).toBe('is not text');
    expect(refuses(optionalText, input)).toBe('is not text');
  });

  it.each([undefined, null, '', '  '])('optionalText reads %j as undefined', (input) => {
    expect(accepts(optionalText, input)).toBeUndefined();
  });
});
