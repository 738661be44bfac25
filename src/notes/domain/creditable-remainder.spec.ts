import { Dec } from '../../common/domain/decimal';
import { creditableRemainder } from './creditable-remainder';

const credit = (number: string, total: string, isValidated = true) => ({
  number,
  total: new Dec(total),
  isValidated,
});

describe('creditableRemainder', () => {
  it('is the whole total when nothing was credited', () => {
    expect(creditableRemainder(new Dec('83300.00'), []).toFixed(2)).toBe('83300.00');
  });

  it('subtracts the validated credit notes', () => {
    const remaining = creditableRemainder(new Dec('83300.00'), [
      credit('NC1', '11900.00'),
      credit('NC2', '1000.50'),
    ]);
    expect(remaining.toFixed(2)).toBe('70399.50');
  });

  it('ignores notes DIAN has not validated', () => {
    const remaining = creditableRemainder(new Dec('100.00'), [credit('NC1', '60.00', false)]);
    expect(remaining.toFixed(2)).toBe('100.00');
  });

  it('is zero once the invoice was voided, never negative', () => {
    expect(creditableRemainder(new Dec('83300.00'), [credit('NC1', '83300.00')]).toFixed(2)).toBe(
      '0.00',
    );
    expect(creditableRemainder(new Dec('100.00'), [credit('NC1', '150.00')]).toFixed(2)).toBe(
      '0.00',
    );
  });
});
