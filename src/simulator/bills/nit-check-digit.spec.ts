import { nitCheckDigit } from './nit-check-digit';

describe('nitCheckDigit', () => {
  it.each([
    ['800191045', 1],
    ['41261533', 2],
    ['900825759', 7],
    ['901724254', 1],
    ['1000789002', 2],
    ['2343543', 7],
    ['123456789', 6],
    ['900123456', 8],
    ['800197268', 4],
  ])('NIT %s has check digit %i', (nit, dv) => {
    expect(nitCheckDigit(nit)).toBe(dv);
  });

  it('refuses a value without digits or longer than 15 digits', () => {
    expect(() => nitCheckDigit('')).toThrow(RangeError);
    expect(() => nitCheckDigit('1234567890123456')).toThrow(RangeError);
  });
});
