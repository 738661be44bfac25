import type { Dec } from '../../common/domain/decimal';
import { computeDocumentTotals } from './document-totals';
import { aDraft, anItem, dec, excluded, inc, iva } from './testing/document-draft.builder';

/** Decimals as two-decimal strings, so that expectations read like the Factus examples. */
function money(value: Dec): string {
  return value.toFixed(2);
}

function summary(totals: ReturnType<typeof computeDocumentTotals>): Record<string, string> {
  return {
    grossAmount: money(totals.grossAmount),
    taxableAmount: money(totals.taxableAmount),
    taxAmount: money(totals.taxAmount),
    surchargeAmount: money(totals.surchargeAmount),
    allowanceAmount: money(totals.allowanceAmount),
    prepaymentAmount: money(totals.prepaymentAmount),
    total: money(totals.total),
    payable: money(totals.payable),
  };
}

describe('computeDocumentTotals', () => {
  it('reproduces the official v2 example: 1 × 10000 and 3 × 20000 with IVA 19 % is 83300.00', () => {
    const totals = computeDocumentTotals(aDraft());

    expect(summary(totals)).toEqual({
      grossAmount: '70000.00',
      taxableAmount: '70000.00',
      taxAmount: '13300.00',
      surchargeAmount: '0.00',
      allowanceAmount: '0.00',
      prepaymentAmount: '0.00',
      total: '83300.00',
      payable: '83300.00',
    });
    expect(
      totals.lines.map((l) => [l.gross, l.discount, l.base, l.taxAmount, l.total].map(money)),
    ).toEqual([
      ['10000.00', '0.00', '10000.00', '1900.00', '11900.00'],
      ['60000.00', '0.00', '60000.00', '11400.00', '71400.00'],
    ]);
    expect(
      totals.taxes.map((t) => [
        t.code,
        t.rate.toString(),
        money(t.taxableAmount),
        money(t.taxAmount),
      ]),
    ).toEqual([['01', '19', '70000.00', '13300.00']]);
    expect(totals.withholdings).toEqual([]);
  });

  it('reproduces the official cash-rounding example: 260564.81, paid 260550 with cashRoundingAmount -14.81', () => {
    const draft = aDraft({
      items: [
        anItem({ price: dec('175925.93'), taxes: [inc(8)] }),
        anItem({ quantity: dec(2), price: dec('14814.81'), taxes: [inc(8)] }),
        anItem({ price: dec('32407.41'), taxes: [iva(19)] }),
      ],
      paymentDetails: [
        { paymentForm: '1', paymentMethodCode: '10', amount: dec(100000) },
        { paymentForm: '1', paymentMethodCode: '47', amount: dec(160550) },
      ],
      cashRoundingAmount: dec('-14.81'),
    });

    const totals = computeDocumentTotals(draft);

    expect(totals.lines.map((l) => money(l.total))).toEqual(['190000.00', '31999.99', '38564.82']);
    expect(money(totals.grossAmount)).toBe('237962.96');
    expect(money(totals.taxAmount)).toBe('22601.85');
    expect(money(totals.total)).toBe('260564.81');
    expect(
      totals.taxes.map((t) => [
        t.code,
        t.rate.toString(),
        money(t.taxableAmount),
        money(t.taxAmount),
      ]),
    ).toEqual([
      ['04', '8', '205555.55', '16444.44'],
      ['01', '19', '32407.41', '6157.41'],
    ]);
    const paid = draft.paymentDetails.reduce((acc, p) => acc.plus(p.amount), dec(0));
    expect(money(paid)).toBe(money(totals.payable.plus(draft.cashRoundingAmount ?? 0)));
  });

  it('reproduces the tip example: 83300 + a 2000 surcharge (concept 03, "propina") = 85300', () => {
    const totals = computeDocumentTotals(
      aDraft({
        allowanceCharges: [
          {
            conceptType: '03',
            isSurcharge: true,
            reason: 'propina',
            baseAmount: dec(20000),
            amount: dec(2000),
          },
        ],
      }),
    );

    expect(money(totals.surchargeAmount)).toBe('2000.00');
    expect(money(totals.total)).toBe('85300.00');
    expect(money(totals.payable)).toBe('85300.00');
    expect(money(totals.taxAmount)).toBe('13300.00'); // a surcharge is not taxed
  });

  describe("the integrator's sandbox-verified INC 8 % case (factus-api.md §5.3)", () => {
    // Tax-inclusive menu prices 2 × 22000 and 1 × 6500 converted to net: round2(price / 1.08).
    const items = (discountRate: number) => [
      anItem({
        quantity: dec(2),
        price: dec('20370.37'),
        discountRate: dec(discountRate),
        taxes: [inc(8)],
      }),
      anItem({
        quantity: dec(1),
        price: dec('6018.52'),
        discountRate: dec(discountRate),
        taxes: [inc(8)],
      }),
    ];

    it('without discount: subtotal 46759.26, INC 3740.74, total 50500.00', () => {
      const totals = computeDocumentTotals(aDraft({ items: items(0) }));

      expect(totals.lines.map((l) => [money(l.base), money(l.taxAmount)])).toEqual([
        ['40740.74', '3259.26'],
        ['6018.52', '481.48'],
      ]);
      expect(money(totals.grossAmount)).toBe('46759.26');
      expect(money(totals.taxAmount)).toBe('3740.74');
      expect(money(totals.total)).toBe('50500.00');
    });

    it('with discountRate 10: total 45450.00, which Factus matched to the cent', () => {
      const totals = computeDocumentTotals(aDraft({ items: items(10) }));

      // Derived: discounts round2(40740.74 × 10 %) = 4074.07 and round2(6018.52 × 10 %) = 601.85;
      // bases 36666.67 + 5416.67 = 42083.34; INC 2933.33 + 433.33 = 3366.66.
      expect(
        totals.lines.map((l) => [l.discount, l.base, l.taxAmount, l.total].map(money)),
      ).toEqual([
        ['4074.07', '36666.67', '2933.33', '39600.00'],
        ['601.85', '5416.67', '433.33', '5850.00'],
      ]);
      expect(money(totals.grossAmount)).toBe('42083.34');
      expect(money(totals.taxableAmount)).toBe('42083.34');
      expect(money(totals.taxAmount)).toBe('3366.66');
      expect(money(totals.total)).toBe('45450.00');
    });

    it('3 × 7333 inclusive (net 6789.81): base 20369.43, INC 1629.55, total 21998.98', () => {
      const totals = computeDocumentTotals(
        aDraft({ items: [anItem({ quantity: dec(3), price: dec('6789.81'), taxes: [inc(8)] })] }),
      );

      expect(money(totals.grossAmount)).toBe('20369.43');
      expect(money(totals.taxAmount)).toBe('1629.55');
      expect(money(totals.total)).toBe('21998.98'); // 0.02 short of 21999: paid with cashRoundingAmount 0.02
    });
  });

  it('adds no tax for an excluded item and leaves its base out of the taxable amount', () => {
    const totals = computeDocumentTotals(
      aDraft({
        items: [...aDraft().items, anItem({ price: dec('5000.00'), taxes: [excluded()] })],
      }),
    );

    expect(totals.lines[2]).toMatchObject({ taxed: false, taxes: [] });
    expect(money(totals.lines[2].total)).toBe('5000.00');
    expect(summary(totals)).toMatchObject({
      grossAmount: '75000.00',
      taxableAmount: '70000.00',
      taxAmount: '13300.00',
      total: '88300.00',
    });
  });

  it('computes self-withholdings 05 (ReteIVA, on the IVA) and 06 (ReteRenta, on the base) without changing the total', () => {
    const withholdingTaxes = [
      { code: '05', rate: dec(15) },
      { code: '06', rate: dec(4) },
    ];
    const totals = computeDocumentTotals(
      aDraft({
        items: [
          anItem({ price: dec(100000), withholdingTaxes }),
          anItem({ price: dec('33333.33'), withholdingTaxes }),
          anItem({ price: dec(1000), taxes: [inc(8)], withholdingTaxes }),
        ],
      }),
    );

    expect(
      totals.lines.map((l) =>
        l.withholdings.map((w) => [w.code, money(w.baseAmount), money(w.amount)]),
      ),
    ).toEqual([
      [
        ['05', '19000.00', '2850.00'],
        ['06', '100000.00', '4000.00'],
      ],
      [
        ['05', '6333.33', '950.00'], // 949.9995
        ['06', '33333.33', '1333.33'], // 1333.3332
      ],
      [
        ['05', '0.00', '0.00'], // no IVA on an INC line
        ['06', '1000.00', '40.00'],
      ],
    ]);
    expect(totals.withholdings.map((w) => [w.code, money(w.baseAmount), money(w.amount)])).toEqual([
      ['05', '25333.33', '3800.00'],
      ['06', '134333.33', '5373.33'],
    ]);
    expect(money(totals.withholdingAmount)).toBe('9173.33');
    expect(money(totals.total)).toBe('159746.66'); // 119000 + 39666.66 + 1080
  });

  it('takes a discountAmount as given', () => {
    const totals = computeDocumentTotals(
      aDraft({
        items: [anItem({ discountRate: undefined, discountAmount: dec(1000) })],
      }),
    );

    expect(
      [totals.lines[0].discount, totals.lines[0].base, totals.lines[0].total].map(money),
    ).toEqual(['1000.00', '9000.00', '10710.00']);
  });

  it('rounds price × quantity, discounts and taxes half away from zero', () => {
    const totals = computeDocumentTotals(
      aDraft({
        items: [
          anItem({ quantity: dec('0.50'), price: dec('0.01'), taxes: [iva(0)] }), // 0.005 → 0.01
          anItem({ price: dec('10.50'), taxes: [iva(5)] }), // 0.525 → 0.53 (banker's would give 0.52)
          anItem({ price: dec('0.10'), discountRate: dec(5), taxes: [iva(19)] }), // discount 0.005 → 0.01
        ],
      }),
    );

    expect(totals.lines.map((l) => [l.gross, l.discount, l.taxAmount].map(money))).toEqual([
      ['0.01', '0.00', '0.00'],
      ['10.50', '0.00', '0.53'],
      ['0.10', '0.01', '0.02'], // base 0.09 × 19 % = 0.0171
    ]);
  });

  it('applies each tax of a line to its base and groups taxes by code and rate', () => {
    const totals = computeDocumentTotals(
      aDraft({
        items: [
          anItem({ price: dec(1000), taxes: [iva('19.00'), { code: '35', rate: dec(20) }] }),
          anItem({ price: dec(2000), taxes: [iva(19)] }),
          anItem({ price: dec(3000), taxes: [iva(5)] }),
        ],
      }),
    );

    expect(money(totals.lines[0].total)).toBe('1390.00');
    expect(
      totals.taxes.map((t) => [
        t.code,
        t.rate.toString(),
        money(t.taxableAmount),
        money(t.taxAmount),
      ]),
    ).toEqual([
      ['01', '19', '3000.00', '570.00'],
      ['35', '20', '1000.00', '200.00'],
      ['01', '5', '3000.00', '150.00'],
    ]);
  });

  it('subtracts allowance discounts and reports prepayments without reducing the total', () => {
    const totals = computeDocumentTotals(
      aDraft({
        allowanceCharges: [
          {
            conceptType: '03',
            isSurcharge: true,
            reason: 'propina',
            baseAmount: dec(70000),
            amount: dec(3000),
          },
          {
            conceptType: '03',
            isSurcharge: false,
            reason: 'descuento',
            baseAmount: dec(70000),
            amount: dec(1000),
          },
        ],
        prepaymentDetails: [
          { referenceCode: 'ANT-1', receivedDate: '2026-05-01', amount: dec(3300) },
          { referenceCode: 'ANT-2', receivedDate: '2026-05-02', amount: dec('0.50') },
        ],
      }),
    );

    expect(summary(totals)).toMatchObject({
      surchargeAmount: '3000.00',
      allowanceAmount: '1000.00',
      prepaymentAmount: '3300.50',
      total: '85300.00',
      payable: '85300.00',
    });
  });

  it('handles a 500-line invoice exactly', () => {
    // Each line: gross round2(1.5 × 1234.57 = 1851.855) = 1851.86; discount round2(46.2965) = 46.30;
    // base 1805.56; IVA round2(343.0564) = 343.06; total 2148.62.
    const items = Array.from({ length: 500 }, (_, i) =>
      anItem({
        codeReference: `P-${i}`,
        quantity: dec('1.50'),
        price: dec('1234.57'),
        discountRate: dec('2.50'),
      }),
    );

    const totals = computeDocumentTotals(aDraft({ items }));

    expect(totals.lines).toHaveLength(500);
    expect(summary(totals)).toMatchObject({
      grossAmount: '902780.00',
      taxableAmount: '902780.00',
      taxAmount: '171530.00',
      total: '1074310.00',
    });
    expect(totals.taxes).toHaveLength(1);
  });
});
