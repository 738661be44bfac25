import { Dec } from '../../common/domain/decimal';
import type { CorrectableDocument, RelatedNote } from '../../documents/domain/issued-document';
import { creditableRemainder } from './creditable-remainder';

function invoice(total: string, creditNotes: RelatedNote[]): CorrectableDocument {
  const zero = new Dec(0);
  return {
    number: 'SETP1',
    referenceCode: 'R',
    status: 'validated',
    dianMessages: [],
    totals: {
      grossAmount: zero,
      taxableAmount: zero,
      taxAmount: zero,
      surchargeAmount: zero,
      prepaymentAmount: zero,
      total: new Dec(total),
    },
    customer: { identification: '1' },
    items: [],
    paymentDetails: [],
    links: {},
    relatedNotes: {
      creditNotes,
      debitNotes: [{ number: 'ND1', total: new Dec('5000'), isValidated: true }],
    },
  };
}

describe('creditableRemainder', () => {
  it('is the whole total when nothing was credited', () => {
    expect(creditableRemainder(invoice('83300.00', [])).toFixed(2)).toBe('83300.00');
  });

  it('subtracts validated credit notes, and notes whose state is unknown, but not debit notes', () => {
    const remaining = creditableRemainder(
      invoice('83300.00', [
        { number: 'NC1', total: new Dec('11900.00'), isValidated: true },
        { number: 'NC2', total: new Dec('1000.50') },
      ]),
    );
    expect(remaining.toFixed(2)).toBe('70399.50');
  });

  it('ignores notes Factus reports as not validated', () => {
    const remaining = creditableRemainder(
      invoice('100.00', [{ number: 'NC1', total: new Dec('60.00'), isValidated: false }]),
    );
    expect(remaining.toFixed(2)).toBe('100.00');
  });

  it('is zero once the invoice was voided, never negative', () => {
    const voided = invoice('83300.00', [
      { number: 'NC1', total: new Dec('83300.00'), isValidated: true },
    ]);
    expect(creditableRemainder(voided).toFixed(2)).toBe('0.00');
    const over = invoice('100.00', [
      { number: 'NC1', total: new Dec('150.00'), isValidated: true },
    ]);
    expect(creditableRemainder(over).toFixed(2)).toBe('0.00');
  });
});
