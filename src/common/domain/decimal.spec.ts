import { Dec, toAmountString } from './decimal';

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
