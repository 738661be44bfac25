import { Dec, decimalFromText, toAmountString } from './decimal';

describe('toAmountString', () => {
  it.each([
    ['83300', '83300.00'],
    ['83300.5', '83300.50'],
    ['0.125', '0.13'],
    ['0.124', '0.12'],
    ['-14.815', '-14.82'],
    ['-14.81', '-14.81'],
    ['1e21', '1000000000000000000000.00'],
  ])('formats %s as %s (two places, half away from zero)', (input, expected) => {
    expect(toAmountString(new Dec(input))).toBe(expected);
  });
});

describe('decimalFromText', () => {
  it.each([
    ['83300.00', '83300.00'],
    ['0.50', '0.50'],
    ['0.00', '0.00'],
    ['83300', '83300.00'],
    ['83300.5', '83300.50'],
    ['083300.00', '83300.00'],
    ['0.125', '0.13'],
    ['-14.815', '-14.82'],
    ['-0.00', toAmountString(new Dec('-0.00'))],
  ])('reads %s as the decimal whose amount string is %s', (text, expected) => {
    const value = decimalFromText(text);
    expect(value.equals(new Dec(text))).toBe(true);
    expect(toAmountString(value)).toBe(expected);
  });

  it('gives the same immutable value for the same text, and a computed one is formatted afresh', () => {
    expect(decimalFromText('19.00')).toBe(decimalFromText('19.00'));
    const sum = decimalFromText('0.10').plus(decimalFromText('0.20'));
    expect(toAmountString(sum)).toBe('0.30');
    expect(toAmountString(decimalFromText('0.10'))).toBe('0.10');
  });
});
