import type { ItemRequest, TaxRequest } from './bill-request';
import { billTotals, lineTotals } from './bill-totals';
import { amount, Money } from './money';

function item(
  price: string,
  quantity: string,
  taxes: TaxRequest[],
  extra: Partial<ItemRequest> = {},
): ItemRequest {
  return {
    codeReference: 'P',
    name: 'Producto',
    quantity: new Money(quantity),
    discountRate: null,
    discountAmount: null,
    price: new Money(price),
    unitMeasureCode: '94',
    standardCode: '999',
    taxes,
    withholdingTaxes: [],
    note: null,
    ...extra,
  };
}
const tax = (code: string, rate: string): TaxRequest => ({
  excluded: false,
  code,
  rate: new Money(rate),
});
const strings = (totals: ReturnType<typeof billTotals>) => ({
  prepayment_amount: amount(totals.prepaymentAmount),
  gross_amount: amount(totals.grossAmount),
  taxable_amount: amount(totals.taxableAmount),
  tax_amount: amount(totals.taxAmount),
  surcharge_amount: amount(totals.surchargeAmount),
  total: amount(totals.total),
});

describe('billTotals (Factus v2, net prices)', () => {
  it('totals the official example: 1 × 10000 + 3 × 20000 with IVA 19 % = 83300.00', () => {
    const totals = billTotals({
      items: [
        item('10000.00', '1.00', [tax('01', '19.00')]),
        item('20000.00', '3.00', [tax('01', '19.00')]),
      ],
      allowanceCharges: [],
      prepaymentDetails: [],
    });
    expect(strings(totals)).toEqual({
      prepayment_amount: '0.00',
      gross_amount: '70000.00',
      taxable_amount: '70000.00',
      tax_amount: '13300.00',
      surcharge_amount: '0.00',
      total: '83300.00',
    });
    expect(amount(totals.taxByTribute['01'])).toBe('13300.00');
  });

  it('totals the official cash-rounding example line by line (260564.81)', () => {
    const totals = billTotals({
      items: [
        item('175925.93', '1', [tax('04', '8.00')]),
        item('14814.81', '2', [tax('04', '8.00')]),
        item('32407.41', '1', [tax('01', '19.00')]),
      ],
      allowanceCharges: [],
      prepaymentDetails: [],
    });
    expect(totals.lines.map((line) => amount(line.total))).toEqual([
      '190000.00',
      '31999.99',
      '38564.82',
    ]);
    expect(amount(totals.total)).toBe('260564.81');
    expect(amount(totals.taxByTribute['04'])).toBe('16444.44');
    expect(amount(totals.taxByTribute['01'])).toBe('6157.41');
    expect(
      totals.taxSummary.map((t) => [t.code, amount(t.taxableAmount), amount(t.taxAmount)]),
    ).toEqual([
      ['04', '205555.55', '16444.44'],
      ['01', '32407.41', '6157.41'],
    ]);
  });

  it('adds surcharges (tip), reports prepayments without reducing the total', () => {
    const totals = billTotals({
      items: [
        item('10000.00', '1', [tax('01', '19.00')]),
        item('20000.00', '3', [tax('01', '19.00')]),
      ],
      allowanceCharges: [
        {
          conceptType: '03',
          isSurcharge: true,
          reason: 'propina',
          baseAmount: new Money(20000),
          amount: new Money(2000),
        },
      ],
      prepaymentDetails: [
        { referenceCode: '1', receivedDate: '2025-08-01', amount: new Money(3300), note: null },
      ],
    });
    expect(strings(totals)).toMatchObject({
      prepayment_amount: '3300.00',
      surcharge_amount: '2000.00',
      total: '85300.00',
    });
  });

  it('keeps excluded items out of taxable_amount and taxes', () => {
    const totals = billTotals({
      items: [item('50000', '1', [{ excluded: true }]), item('10000', '1', [tax('01', '19')])],
      allowanceCharges: [],
      prepaymentDetails: [],
    });
    expect(strings(totals)).toMatchObject({
      gross_amount: '60000.00',
      taxable_amount: '10000.00',
      tax_amount: '1900.00',
      total: '61900.00',
    });
    expect(totals.lines[0]).toMatchObject({ excluded: true, taxes: [] });
  });

  it('applies a discount rate or amount before taxes, rounding half away from zero', () => {
    const byRate = lineTotals(
      item('22000', '2', [tax('04', '8')], { discountRate: new Money(10) }),
    );
    expect([amount(byRate.discount), amount(byRate.base), amount(byRate.total)]).toEqual([
      '4400.00',
      '39600.00',
      '42768.00',
    ]);
    const byAmount = lineTotals(
      item('100', '1', [tax('01', '19')], { discountAmount: new Money('0.50') }),
    );
    expect([
      amount(byAmount.base),
      amount(byAmount.taxAmount),
      amount(byAmount.discountRate),
    ]).toEqual([
      '99.50',
      '18.91', // 18.905 rounds half away from zero
      '0.50',
    ]);
  });

  it('computes self-withholdings without changing the total', () => {
    const line = lineTotals(
      item('10000', '1', [tax('01', '19')], {
        withholdingTaxes: [
          { code: '05', rate: new Money(15) },
          { code: '06', rate: new Money(4) },
        ],
      }),
    );
    expect(line.withholdings.map((w) => amount(w.amount))).toEqual(['285.00', '400.00']);
    expect(amount(line.total)).toBe('11900.00');
  });
});
