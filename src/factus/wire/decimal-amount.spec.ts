import { Dec } from '../../common/domain/decimal';
import { decimalAmount, optionalDecimalAmount } from './decimal-amount';

describe('decimalAmount', () => {
  it.each([
    ['83300.00', '83300'],
    [83300, '83300'],
    ['83300', '83300'],
    [' -12.345 ', '-12.345'],
    [0.1, '0.1'],
  ])('reads %j as the decimal %s', (input, expected) => {
    const value = decimalAmount.parse(input);
    expect(value).toBeInstanceOf(Dec);
    expect(value.toString()).toBe(expected);
  });

  it('keeps every digit a float would lose', () => {
    expect(decimalAmount.parse('12345678901234567.89').toFixed(2)).toBe('12345678901234567.89');
  });

  it.each(['abc', '83.300,00', '83,300.00', '1e3', '0x1F', 'Infinity', 'NaN', '.5', true, {}])(
    'refuses %j',
    (input) => {
      const result = decimalAmount.safeParse(input);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0].message).toBe('is not an amount');
    },
  );

  it.each([undefined, null, ''])('calls %j missing rather than zero', (input) => {
    expect(decimalAmount.safeParse(input).error?.issues[0].message).toBe('is missing');
  });

  it('optional: absent is undefined, a bad value is still refused', () => {
    expect(optionalDecimalAmount.parse(null)).toBeUndefined();
    expect(optionalDecimalAmount.parse('')).toBeUndefined();
    expect(optionalDecimalAmount.parse('19.00')?.toFixed(2)).toBe('19.00');
    expect(optionalDecimalAmount.safeParse('n/a').success).toBe(false);
  });
});
