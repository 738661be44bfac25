import { isNitNumber, nitCheckDigit } from './nit-check-digit';

describe('nitCheckDigit', () => {
  it.each([
    ['900825759', '7'], // Halltec S.A.S., as printed in the Factus docs
    ['800197268', '4'], // DIAN
    ['123456789', '6'],
    ['901724254', '1'], // Factus S.A.S.
    ['800191045', '1'], // worked example with r = 1
    ['1000789002', '2'],
    ['41261533', '2'],
    ['900123456', '8'],
    ['2343543', '7'],
    ['0', '0'],
  ])('NIT %s has check digit %s', (nit, dv) => {
    expect(nitCheckDigit(nit)).toBe(dv);
  });

  it('is the same with leading zeros (the weights start from the right)', () => {
    expect(nitCheckDigit('000900825759')).toBe('7');
  });

  it('covers 15 digits', () => {
    expect(nitCheckDigit('999999999999999')).toMatch(/^\d$/);
  });

  it.each(['', '900825759-7', '900.825.759', ' 900825759', '1234567890123456', 'ABC'])(
    'refuses %p',
    (nit) => {
      expect(isNitNumber(nit)).toBe(false);
      expect(() => nitCheckDigit(nit)).toThrow(RangeError);
    },
  );
});
