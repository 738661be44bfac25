import { DianCatalog } from '../../catalogs/domain/dian-catalog';
import { Dec } from '../../common/domain/decimal';
import type { AdjustmentNoteDraft, SupportDocumentDraft } from './support-document-draft';
import {
  validateAdjustmentNoteDraft,
  validateSupportDocumentDraft,
} from './support-document-rules';

const catalog = new DianCatalog();
const context = { today: '2026-12-01', catalog };

/** The official example: 2 × 50 000 at 20 % discount, IVA 19 %, ReteRenta 3.5 % → 95 200. */
function aSupportDocument(overrides: Partial<SupportDocumentDraft> = {}): SupportDocumentDraft {
  return {
    referenceCode: 'DS-1',
    paymentDetails: [{ paymentForm: '1', paymentMethodCode: '42', amount: new Dec('95200.00') }],
    provider: {
      identificationDocumentCode: '31',
      identification: '2343543',
      names: 'Pepito Perez',
      address: 'calle 4',
      countryCode: 'CO',
      municipalityCode: '68679',
    },
    items: [
      {
        codeReference: '12345',
        name: 'producto de prueba',
        quantity: new Dec('2'),
        discountRate: new Dec('20'),
        price: new Dec('50000'),
        unitMeasureCode: '94',
        standardCode: '999',
        taxes: [{ code: '01', rate: new Dec('19') }],
        withholdingTaxes: [{ code: '06', rate: new Dec('3.50') }],
      },
    ],
    ...overrides,
  };
}

const fields = (draft: SupportDocumentDraft) =>
  validateSupportDocumentDraft(draft, context)
    .errors.map((e) => e.field)
    .sort();

describe('validateSupportDocumentDraft', () => {
  it('accepts the official example, totals it with IVA and computes the NIT check digit', () => {
    const result = validateSupportDocumentDraft(aSupportDocument(), context);
    expect(result.errors).toEqual([]);
    expect(result.totals.total.toFixed(2)).toBe('95200.00');
    expect(result.providerDv).toBe('7');
  });

  it.each([
    ['13', false],
    ['11', false],
    ['12', false],
    ['48', false],
    ['91', false],
    ['21', true],
    ['22', true],
    ['41', true],
    ['42', true],
    ['47', true],
    ['50', true],
  ])('takes provider identification type %s: %s', (code, ok) => {
    const base = aSupportDocument();
    const errors = fields({
      ...base,
      provider: { ...base.provider, identificationDocumentCode: code, identification: 'AB123' },
    });
    expect(errors.includes('provider.identificationDocumentCode')).toBe(!ok);
  });

  it('refuses a municipality for a provider abroad, and accepts the provider without one', () => {
    const base = aSupportDocument();
    const abroad = { ...base.provider, identificationDocumentCode: '42', countryCode: 'US' };
    expect(fields({ ...base, provider: abroad })).toEqual(['provider.municipalityCode']);
    const { municipalityCode: _m, ...withoutMunicipality } = abroad;
    expect(fields({ ...base, provider: withoutMunicipality })).toEqual([]);
  });

  it('refuses a wrong dv, an unknown country and a tax other than IVA, all at once', () => {
    const base = aSupportDocument();
    expect(
      fields({
        ...base,
        provider: { ...base.provider, dv: '3', countryCode: 'XX', municipalityCode: undefined },
        items: [{ ...base.items[0], taxes: [{ code: '04', rate: new Dec('8') }] }],
        paymentDetails: [
          { paymentForm: '1', paymentMethodCode: '42', amount: new Dec('86400.00') },
        ],
      }),
    ).toEqual(['items[0].taxes[0].code', 'provider.countryCode', 'provider.dv']);
  });
});

describe('items[].period', () => {
  const withPeriod = (period: { generationMode: string; startDate?: string }) => {
    const base = aSupportDocument();
    return fields({ ...base, items: [{ ...base.items[0], period }] });
  };

  it('takes mode 1 (its start date ignored) and mode 2 from at most 6 days back', () => {
    expect(withPeriod({ generationMode: '1', startDate: '2020-01-01' })).toEqual([]);
    expect(withPeriod({ generationMode: '2', startDate: '2026-11-25' })).toEqual([]);
    expect(withPeriod({ generationMode: '2', startDate: '2026-12-01' })).toEqual([]);
  });

  it('refuses mode 2 without a start date, too far back or in the future, and another mode', () => {
    expect(withPeriod({ generationMode: '2' })).toEqual(['items[0].period.startDate']);
    expect(withPeriod({ generationMode: '2', startDate: '2026-11-24' })).toEqual([
      'items[0].period.startDate',
    ]);
    expect(withPeriod({ generationMode: '2', startDate: '2026-12-02' })).toEqual([
      'items[0].period.startDate',
    ]);
    expect(withPeriod({ generationMode: '3' })).toEqual(['items[0].period.generationMode']);
  });
});

describe('validateAdjustmentNoteDraft', () => {
  const aNote = (concept: string): AdjustmentNoteDraft => ({
    ...aSupportDocument(),
    supportDocumentNumber: 'SEDS984000001',
    correctionConceptCode: concept,
  });

  it.each([
    ['1', true],
    ['2', true],
    ['3', true],
    ['4', true],
    ['5', true],
    ['6', false],
    ['0', false],
  ])('takes correction concept %s: %s', (concept, ok) => {
    const errors = validateAdjustmentNoteDraft(aNote(concept), context).errors.map((e) => e.field);
    expect(errors).toEqual(ok ? [] : ['correctionConceptCode']);
  });
});

describe('provider NIT, excluded lines and withholdings', () => {
  it('refuses a NIT with its check digit, dots or letters in it', () => {
    const base = aSupportDocument();
    for (const identification of ['2343543-7', '2.343.543', 'NIT2343543']) {
      expect(fields({ ...base, provider: { ...base.provider, identification } })).toEqual([
        'provider.identification',
      ]);
    }
  });

  it('computes no dv for a provider who is not a NIT', () => {
    const base = aSupportDocument();
    const result = validateSupportDocumentDraft(
      {
        ...base,
        provider: { ...base.provider, identificationDocumentCode: '41', identification: 'AB123' },
      },
      context,
    );
    expect(result.errors).toEqual([]);
    expect(result.providerDv).toBeUndefined();
  });

  it('totals an excluded line without tax, and withholdings leave the total as it is', () => {
    const base = aSupportDocument();
    const result = validateSupportDocumentDraft(
      {
        ...base,
        paymentDetails: [{ paymentForm: '1', paymentMethodCode: '42', amount: new Dec('80000') }],
        items: [
          {
            ...base.items[0],
            taxes: [{ isExcluded: true }],
            withholdingTaxes: [
              { code: '05', rate: new Dec('15') },
              { code: '06', rate: new Dec('3.50') },
            ],
          },
        ],
      },
      context,
    );
    expect(result.errors).toEqual([]);
    expect(result.totals.taxAmount.toFixed(2)).toBe('0.00');
    expect(result.totals.total.toFixed(2)).toBe('80000.00');
  });

  it('refuses a withholding code other than 05 and 06, and one twice on a line', () => {
    const base = aSupportDocument();
    expect(
      fields({
        ...base,
        items: [
          {
            ...base.items[0],
            withholdingTaxes: [
              { code: '07', rate: new Dec('1') },
              { code: '06', rate: new Dec('3.50') },
              { code: '06', rate: new Dec('2.50') },
            ],
          },
        ],
      }),
    ).toEqual(['items[0].withholdingTaxes[0].code', 'items[0].withholdingTaxes[2].code']);
  });
});
