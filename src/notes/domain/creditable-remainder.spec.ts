import { Dec } from '../../common/domain/decimal';
import { creditableRemainder, remainderWithRecorded } from './creditable-remainder';

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

describe('remainderWithRecorded', () => {
  const total = new Dec('83300.00');
  const validated = { number: 'NC1', total: new Dec('30000.00'), isValidated: true };

  it('subtracts the notes the ledger is issuing that Factus does not count yet', () => {
    expect(
      remainderWithRecorded(total, [validated], [{ total: new Dec('20000.00') }]).toFixed(2),
    ).toBe('33300.00');
  });

  it('does not count twice a recorded note Factus already counts as validated', () => {
    expect(
      remainderWithRecorded(
        total,
        [validated],
        [{ number: 'NC1', total: new Dec('30000.00') }],
      ).toFixed(2),
    ).toBe('53300.00');
  });

  it('counts a recorded note Factus lists but has not validated (it is on its way)', () => {
    const pending = { number: 'NC2', total: new Dec('10000.00'), isValidated: false };
    expect(
      remainderWithRecorded(
        total,
        [pending],
        [{ number: 'NC2', total: new Dec('10000.00') }],
      ).toFixed(2),
    ).toBe('73300.00');
  });

  it('never goes below zero', () => {
    expect(remainderWithRecorded(total, [], [{ total: new Dec('90000.00') }]).toFixed(2)).toBe(
      '0.00',
    );
  });
});
