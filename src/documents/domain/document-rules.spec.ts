import { withRouteHints } from '../../http/route-hints';
import { DianCatalog } from '../../catalogs/domain/dian-catalog';
import type { FieldError } from '../../common/errors/domain-error';
import type { Customer, DocumentItem, PaymentDetail } from './document-draft';
import type { TestDraft } from './testing/document-draft.builder';
import { computeDocumentTotals } from './document-totals';
import { validateDocumentDraft } from './document-rules';
import { aDraft, anItem, dec, excluded, inc, iva } from './testing/document-draft.builder';

const catalog = new DianCatalog();
const today = '2026-05-13';

function validate(draft: TestDraft) {
  return validateDocumentDraft(draft, { today, catalog });
}

/** The official example with one customer field changed. */
const customer = (patch: Partial<Customer>): TestDraft =>
  aDraft({ customer: { ...aDraft().customer, ...patch } });

/** The official example with the first payment changed. */
const payment = (patch: Partial<PaymentDetail>): TestDraft => {
  const draft = aDraft();
  return { ...draft, paymentDetails: [{ ...draft.paymentDetails[0], ...patch }] };
};

/**
 * The official example with its first item changed, paid exactly its (new) total, so that an
 * item's problem is the only one reported.
 */
const item = (patch: Partial<DocumentItem>, overrides: Partial<TestDraft> = {}): TestDraft =>
  paidInFull(aDraft({ items: [anItem(patch)], ...overrides }));

function paidInFull(draft: TestDraft): TestDraft {
  const total = computeDocumentTotals(draft).payable;
  return { ...draft, paymentDetails: [{ ...draft.paymentDetails[0], amount: total }] };
}

const e = (field: string, message: string): FieldError => ({ field, message });

describe('validateDocumentDraft', () => {
  it('accepts an observation of 500 characters, as the newest v2 bill page allows', () => {
    const result = validate(aDraft({ observation: 'x'.repeat(500) }));
    expect(result.errors.filter((error) => error.field === 'observation')).toEqual([]);
  });

  it('accepts the official v2 example, computes its totals and the NIT check digit', () => {
    const result = validate(aDraft());

    expect(result.errors).toEqual([]);
    expect(result.totals.total.toFixed(2)).toBe('83300.00');
    expect(result.customerDv).toBe('6'); // NIT 123456789, dv absent
  });

  it('accepts the official cash-rounding example (payments 260550, total 260564.81, rounding -14.81)', () => {
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

    expect(validate(draft).errors).toEqual([]);
  });

  describe('DIAN codes', () => {
    it.each<[string, TestDraft, FieldError[]]>([
      [
        'customer.identificationDocumentCode',
        customer({ identificationDocumentCode: '99' }),
        [
          e(
            'customer.identificationDocumentCode',
            "'99' is not an identification document type code; use one of 11, 12, 13, 21, 22, 31, 41, 42, 47, 48, 50, 91",
          ),
        ],
      ],
      [
        'customer.legalOrganizationCode',
        customer({ legalOrganizationCode: '3' }),
        [
          e(
            'customer.legalOrganizationCode',
            "'3' is not a legal organization code; use one of 1, 2",
          ),
        ],
      ],
      [
        'customer.tributeCode (the v1 id 18 is not a code)',
        customer({ tributeCode: '18' }),
        [e('customer.tributeCode', "'18' is not a customer tribute code; use one of 01, ZZ")],
      ],
      [
        'customer.responsibilities',
        customer({ responsibilities: ['O-13', 'O-99'] }),
        [
          e(
            'customer.responsibilities[1]',
            "'O-99' is not a fiscal responsibility code; use one of O-13, O-15, O-23, O-47, R-99-PN",
          ),
        ],
      ],
      [
        'customer.responsibilities written with a zero',
        customer({ responsibilities: ['0-15'] }),
        [
          e(
            'customer.responsibilities[0]',
            "'0-15' is written with a zero; the code is 'O-15', with the letter O",
          ),
        ],
      ],
      [
        'customer.municipalityCode of a Colombian customer',
        customer({ municipalityCode: '68000' }),
        [
          e(
            'customer.municipalityCode',
            "'68000' is not a DIVIPOLA municipality code; see GET /api/v1/catalogs/municipalities",
          ),
        ],
      ],
      [
        'customer.municipalityCode without countryCode (Colombia by default)',
        customer({ countryCode: undefined, municipalityCode: '1100' }),
        [
          e(
            'customer.municipalityCode',
            "'1100' is not a DIVIPOLA municipality code; see GET /api/v1/catalogs/municipalities",
          ),
        ],
      ],
      [
        'customer.countryCode',
        customer({ countryCode: 'co', municipalityCode: undefined }),
        [
          e(
            'customer.countryCode',
            "'co' is not a country (ISO 3166-1 alpha-2) code; see GET /api/v1/catalogs/countries",
          ),
        ],
      ],
      [
        'establishment.municipalityCode',
        aDraft({
          establishment: {
            name: 'Sede norte',
            address: 'calle 2',
            phoneNumber: '3000000000',
            email: 'sede@example.com',
            municipalityCode: 'BOG',
          },
        }),
        [
          e(
            'establishment.municipalityCode',
            "'BOG' is not a DIVIPOLA municipality code; see GET /api/v1/catalogs/municipalities",
          ),
        ],
      ],
      [
        'currency.type',
        aDraft({ currency: { type: 'USX', exchangeRate: dec('3565.07') } }),
        [
          e(
            'currency.type',
            "'USX' is not a currency (ISO 4217) code; see GET /api/v1/catalogs/currencies",
          ),
        ],
      ],
      [
        'currency.type COP',
        aDraft({ currency: { type: 'COP', exchangeRate: dec(1) } }),
        [
          e(
            'currency.type',
            "'COP' is the invoice's own currency; currency is only for showing a foreign one (omit it)",
          ),
        ],
      ],
      [
        'items[].unitMeasureCode',
        item({ unitMeasureCode: 'UND' }),
        [
          e(
            'items[0].unitMeasureCode',
            "'UND' is not a unit of measure code; see GET /api/v1/catalogs/unit-measures",
          ),
        ],
      ],
      [
        'items[].standardCode',
        item({ standardCode: '1' }),
        [
          e(
            'items[0].standardCode',
            "'1' is not a product identification standard code; use one of 999, 001, 020, 010",
          ),
        ],
      ],
      [
        'items[].taxes[].code',
        item({ taxes: [{ code: '03', rate: dec(1) }] }),
        [e('items[0].taxes[0].code', "'03' is not an item tax code; use one of 01, 04, 35")],
      ],
      [
        'items[].withholdingTaxes[].code',
        item({ withholdingTaxes: [{ code: '07', rate: dec(1) }] }),
        [
          e(
            'items[0].withholdingTaxes[0].code',
            "'07' is not a self-withholding code; use one of 05, 06",
          ),
        ],
      ],
      [
        'paymentDetails[].paymentForm',
        payment({ paymentForm: '3' }),
        [e('paymentDetails[0].paymentForm', "'3' is not a payment form code; use one of 1, 2")],
      ],
      [
        'paymentDetails[].paymentMethodCode',
        payment({ paymentMethodCode: '98' }),
        [
          e(
            'paymentDetails[0].paymentMethodCode',
            "'98' is not a payment method code; use one of 10, 42, 20, 47, 71, 72, 1, 49, 48, ZZZ",
          ),
        ],
      ],
      [
        'document',
        aDraft({ document: '02' }),
        [e('document', "'02' is not an invoice document type code; use one of 01, 03")],
      ],
      [
        'operationType 12 (transport), not modelled yet',
        aDraft({ operationType: '12' }),
        [
          e(
            'operationType',
            'transport invoices (operation type 12) need items[].additionalProperties (code, value, and quantity and unit measure for code 03), which this service does not support yet; send them through Factus directly',
          ),
        ],
      ],
      [
        'operationType SS-Recaudo (health sector), not modelled yet',
        aDraft({ operationType: 'SS-Recaudo' }),
        [
          e(
            'operationType',
            'health-sector invoices (SS-Recaudo) need the health block with its beneficiary (and collection concepts for SS-Recaudo), which this service does not support yet; send them through Factus directly',
          ),
        ],
      ],
      [
        'operationType',
        aDraft({ operationType: '20' }),
        [
          e(
            'operationType',
            "'20' is not an operation type code; use one of 10, 11, 12, SS-CUFE, SS-Reporte, SS-SinAporte, SS-Recaudo",
          ),
        ],
      ],
      [
        'allowanceCharges[].conceptType announced as "disponible próximamente"',
        paidInFull(
          aDraft({
            allowanceCharges: [
              {
                conceptType: '00',
                isSurcharge: false,
                reason: 'x',
                baseAmount: dec(70000),
                amount: dec(100),
              },
            ],
          }),
        ),
        [
          e(
            'allowanceCharges[0].conceptType',
            "'00' (Descuento no condicionado) is not available in Factus yet; use 03",
          ),
        ],
      ],
      [
        'allowanceCharges[].conceptType unknown',
        paidInFull(
          aDraft({
            allowanceCharges: [
              {
                conceptType: '~`01`~',
                isSurcharge: true,
                reason: 'x',
                baseAmount: dec(70000),
                amount: dec(100),
              },
            ],
          }),
        ),
        [
          e(
            'allowanceCharges[0].conceptType',
            "'~`01`~' is not an allowance/charge concept code; use 03",
          ),
        ],
      ],
      [
        'items[].mandate.identificationDocumentCode',
        item(
          {
            schemeId: '1',
            mandate: { identificationDocumentCode: '6', identification: '900825759' },
          },
          { operationType: '11' },
        ),
        [
          e(
            'items[0].mandate.identificationDocumentCode',
            "'6' is not an identification document type code; use one of 11, 12, 13, 21, 22, 31, 41, 42, 47, 48, 50, 91",
          ),
        ],
      ],
    ])('checks %s', (_rule, draft, expected) => {
      // As the caller reads them: the catalogue a message points at is spelled by the HTTP layer.
      const shown = validate(draft).errors.map(({ field, message, hints }) => ({
        field,
        message: withRouteHints(message, hints),
      }));
      expect(shown).toEqual(expected);
    });

    it.each<[string, TestDraft]>([
      [
        'a foreign customer with a non-DIVIPOLA municipality',
        customer({ countryCode: 'US', municipalityCode: '10001' }),
      ],
      [
        'every fiscal responsibility',
        customer({ responsibilities: ['O-13', 'O-15', 'O-23', 'O-47', 'R-99-PN'] }),
      ],
      ['tribute 01', customer({ tributeCode: '01' })],
      ['a foreign currency', aDraft({ currency: { type: 'USD', exchangeRate: dec('3565.07') } })],
      ['the published spelling of a corrected unit code', item({ unitMeasureCode: 'G K' })],
      ['the standard codes', item({ standardCode: '010' })],
      [
        'a surcharge with concept 03',
        paidInFull(
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
        ),
      ],
      [
        'a contingency instrument with its related document',
        aDraft({
          document: '03',
          relatedDocuments: [{ code: '01', issueDate: '2026-05-12', number: 'SETP990000001' }],
        }),
      ],
      ['a credit payment due today', payment({ paymentForm: '2', dueDate: today })],
      [
        'withholdings 05 and 06',
        item({
          withholdingTaxes: [
            { code: '05', rate: dec(15) },
            { code: '06', rate: dec(4) },
          ],
        }),
      ],
      ['an excluded item', item({ taxes: [excluded()] })],
      ['several taxes on one item', item({ taxes: [iva(19), { code: '35', rate: dec(20) }] })],
      [
        'a natural person with names',
        customer({
          identificationDocumentCode: '13',
          identification: '1234567',
          legalOrganizationCode: '2',
          company: undefined,
          names: 'Ana Pérez',
        }),
      ],
    ])('accepts %s', (_case, draft) => {
      expect(validate(draft).errors).toEqual([]);
    });
  });

  describe('NIT check digit', () => {
    it('reports a wrong dv with the right one', () => {
      const result = validate(customer({ identification: '900825759', dv: '3' }));

      expect(result.errors).toEqual([e('customer.dv', 'dv 3 is wrong for NIT 900825759; it is 7')]);
      expect(result.customerDv).toBeUndefined();
    });

    it('accepts the right dv and returns it', () => {
      const result = validate(customer({ identification: '900825759', dv: '7' }));

      expect(result.errors).toEqual([]);
      expect(result.customerDv).toBe('7');
    });

    it('computes an absent dv', () => {
      expect(validate(customer({ identification: '800197268', dv: undefined })).customerDv).toBe(
        '4',
      );
    });

    it.each([
      [
        '900825759-7',
        "a NIT (31) is 1 to 15 digits, without check digit, dots or hyphen (got '900825759-7'): send '900825759' and dv '7'",
      ],
      [
        '900.825.759',
        "a NIT (31) is 1 to 15 digits, without check digit, dots or hyphen (got '900.825.759')",
      ],
      [
        'NIT900825759',
        "a NIT (31) is 1 to 15 digits, without check digit, dots or hyphen (got 'NIT900825759')",
      ],
    ])('wants a NIT as digits only: %s', (identification, message) => {
      const result = validate(customer({ identification }));

      expect(result.errors).toEqual([e('customer.identification', message)]);
      expect(result.customerDv).toBeUndefined();
    });

    it('ignores dv for other identification types, and wants a cédula as digits only', () => {
      const natural = {
        legalOrganizationCode: '2',
        names: 'Ana Pérez',
        identificationDocumentCode: '13',
      };

      const ok = validate(customer({ ...natural, identification: '1020304050', dv: '3' }));
      expect(ok.errors).toEqual([]);
      expect(ok.customerDv).toBeUndefined();

      expect(validate(customer({ ...natural, identification: '1.020.304.050' })).errors).toEqual([
        e(
          'customer.identification',
          "a cédula de ciudadanía (13) is digits only, without dots or spaces (got '1.020.304.050')",
        ),
      ]);
      // A passport may carry letters.
      expect(
        validate(
          customer({ ...natural, identificationDocumentCode: '41', identification: 'AB123456' }),
        ).errors,
      ).toEqual([]);
    });
  });

  describe('conditional rules', () => {
    it.each<[string, TestDraft, FieldError[]]>([
      [
        'a legal person needs company',
        customer({ company: '  ' }),
        [e('customer.company', 'company is required for a legal person (legalOrganizationCode 1)')],
      ],
      [
        'a natural person needs names',
        customer({
          legalOrganizationCode: '2',
          identificationDocumentCode: '13',
          identification: '1234567',
          names: undefined,
        }),
        [e('customer.names', 'names is required for a natural person (legalOrganizationCode 2)')],
      ],
      [
        'a credit payment needs dueDate',
        payment({ paymentForm: '2' }),
        [
          e(
            'paymentDetails[0].dueDate',
            'dueDate is required for a credit payment (paymentForm 2)',
          ),
        ],
      ],
      [
        'dueDate is not before today',
        payment({ paymentForm: '2', dueDate: '2026-05-12' }),
        [
          e(
            'paymentDetails[0].dueDate',
            'dueDate 2026-05-12 is before today (2026-05-13 in Bogotá)',
          ),
        ],
      ],
      [
        'dueDate is a calendar date',
        payment({ paymentForm: '2', dueDate: '2026-06-31' }),
        [
          e(
            'paymentDetails[0].dueDate',
            "'2026-06-31' is not a calendar date in the form YYYY-MM-DD",
          ),
        ],
      ],
      [
        'billingPeriod ends after it starts (same day refused by Factus)',
        aDraft({
          billingPeriod: { startDate: '2026-05-01', endDate: '2026-05-01', endTime: '23:59:59' },
        }),
        [e('billingPeriod.endDate', 'endDate 2026-05-01 must be after startDate 2026-05-01')],
      ],
      [
        'billingPeriod dates and times are well formed',
        aDraft({
          billingPeriod: {
            startDate: '2026-04-31',
            startTime: '7:00:00',
            endDate: '2026-05-31',
            endTime: '24:00:00',
          },
        }),
        [
          e(
            'billingPeriod.startDate',
            "'2026-04-31' is not a calendar date in the form YYYY-MM-DD",
          ),
          e(
            'billingPeriod.startTime',
            "'7:00:00' is not a time in the form HH:mm:ss (24-hour clock)",
          ),
          e(
            'billingPeriod.endTime',
            "'24:00:00' is not a time in the form HH:mm:ss (24-hour clock)",
          ),
        ],
      ],
      [
        'a contingency instrument (document 03) needs relatedDocuments',
        aDraft({ document: '03', relatedDocuments: [] }),
        [
          e(
            'relatedDocuments',
            'relatedDocuments is required when document is 03 (contingency transmission instrument)',
          ),
        ],
      ],
      [
        'relatedDocuments carry calendar dates',
        aDraft({
          document: '03',
          relatedDocuments: [{ code: '01', issueDate: '12-05-2026', number: 'SETP1' }],
        }),
        [
          e(
            'relatedDocuments[0].issueDate',
            "'12-05-2026' is not a calendar date in the form YYYY-MM-DD",
          ),
        ],
      ],
      [
        'an exchange rate is positive',
        aDraft({ currency: { type: 'USD', exchangeRate: dec(0) } }),
        [e('currency.exchangeRate', 'exchangeRate must be greater than 0 (got 0)')],
      ],
      [
        'currency has both type and exchangeRate',
        aDraft({ currency: { type: 'EUR' } as unknown as TestDraft['currency'] }),
        [e('currency.exchangeRate', 'currency.exchangeRate is required with currency.type')],
      ],
      [
        'mandates (operationType 11) need schemeId on each item',
        item({}, { operationType: '11' }),
        [
          e(
            'items[0].schemeId',
            'schemeId is required for mandates (operationType 11): 0 own income, 1 third-party income',
          ),
        ],
      ],
      [
        'schemeId is 0 or 1',
        item({ schemeId: '2' }, { operationType: '11' }),
        [
          e(
            'items[0].schemeId',
            "'2' is not a scheme; use 0 (own income) or 1 (third-party income)",
          ),
        ],
      ],
      [
        'schemeId 1 needs mandate',
        item({ schemeId: '1' }, { operationType: '11' }),
        [
          e(
            'items[0].mandate',
            "mandate (the principal's identification) is required when schemeId is 1 (third-party income)",
          ),
        ],
      ],
      [
        "a mandate's NIT is digits only",
        item(
          {
            schemeId: '1',
            mandate: { identificationDocumentCode: '31', identification: '900825759-7' },
          },
          { operationType: '11' },
        ),
        [
          e(
            'items[0].mandate.identification',
            "a NIT (31) is 1 to 15 digits, without check digit, dots or hyphen (got '900825759-7')",
          ),
        ],
      ],
      [
        'discountRate and discountAmount are not both sent',
        item({ discountRate: dec(0), discountAmount: dec(0) }),
        [e('items[0].discountAmount', 'send discountRate or discountAmount, not both')],
      ],
      [
        'discountRate is 0 to 100',
        paidInFull(aDraft({ items: [anItem({ discountRate: dec('100.01') }), anItem()] })),
        [e('items[0].discountRate', '100.01 is not a percentage between 0 and 100')],
      ],
      [
        'discountRate is not negative',
        item({ discountRate: dec(-1) }),
        [e('items[0].discountRate', '-1 is not a percentage between 0 and 100')],
      ],
      [
        'discountAmount is at most price × quantity',
        paidInFull(
          aDraft({
            items: [anItem({ discountRate: undefined, discountAmount: dec('10000.01') }), anItem()],
          }),
        ),
        [
          e(
            'items[0].discountAmount',
            "discountAmount 10000.01 is more than the line's price × quantity (10000.00)",
          ),
        ],
      ],
      [
        'quantity is positive',
        item({ quantity: dec(0) }),
        [e('items[0].quantity', 'quantity must be greater than 0 (got 0)')],
      ],
      [
        'price is not negative',
        paidInFull(aDraft({ items: [anItem({ price: dec(-1) }), anItem()] })),
        [e('items[0].price', '-1 must not be negative')],
      ],
      [
        'price has at most two decimals',
        item({ price: dec('10000.001') }),
        [e('items[0].price', '10000.001 has more than two decimals')],
      ],
      [
        'a tax rate is 0 to 100',
        item({ taxes: [iva(119)] }),
        [e('items[0].taxes[0].rate', '119 is not a percentage between 0 and 100')],
      ],
      [
        'an item has taxes',
        item({ taxes: [] }),
        [
          e(
            'items[0].taxes',
            'an item needs its taxes: tax entries { code, rate }, or [{ isExcluded: true }] for an excluded item',
          ),
        ],
      ],
      [
        'an excluded item has no other tax entry',
        item({ taxes: [excluded(), iva(19)] }),
        [
          e(
            'items[0].taxes',
            'an excluded item has exactly one tax entry, { isExcluded: true }, and no other',
          ),
        ],
      ],
      [
        'a tax code appears once per item',
        item({ taxes: [iva(19), iva(5)] }),
        [e('items[0].taxes[1].code', 'tax 01 appears more than once on this item')],
      ],
      [
        'a withholding rate is 0 to 100, and a withholding code appears once per item',
        item({
          withholdingTaxes: [
            { code: '06', rate: dec(4) },
            { code: '06', rate: dec(150) },
          ],
        }),
        [
          e(
            'items[0].withholdingTaxes[1].code',
            'withholding 06 appears more than once on this item',
          ),
          e('items[0].withholdingTaxes[1].rate', '150 is not a percentage between 0 and 100'),
        ],
      ],
      [
        'an invoice has items',
        aDraft({
          items: [],
          paymentDetails: [{ paymentForm: '1', paymentMethodCode: '10', amount: dec(0) }],
        }),
        [e('items', 'an invoice needs at least one item')],
      ],
      [
        'observation is at most 500 characters (v2 facturas/crear-y-validar)',
        aDraft({ observation: 'x'.repeat(501) }),
        [e('observation', 'observation has 501 characters; the limit is 500')],
      ],
      [
        'createdTime is HH:mm:ss',
        aDraft({ createdTime: '8:21 AM' }),
        [e('createdTime', "'8:21 AM' is not a time in the form HH:mm:ss (24-hour clock)")],
      ],
      [
        'prepayments and order references carry calendar dates',
        aDraft({
          orderReference: { referenceCode: 'OC-1', issueDate: '2026/05/01' },
          prepaymentDetails: [
            { referenceCode: 'ANT-1', receivedDate: '2026-02-29', amount: dec(3300) },
          ],
        }),
        [
          e(
            'orderReference.issueDate',
            "'2026/05/01' is not a calendar date in the form YYYY-MM-DD",
          ),
          e(
            'prepaymentDetails[0].receivedDate',
            "'2026-02-29' is not a calendar date in the form YYYY-MM-DD",
          ),
        ],
      ],
    ])('%s', (_rule, draft, expected) => {
      expect(validate(draft).errors).toEqual(expected);
    });
  });

  describe('payments against the total', () => {
    it('reports payments that do not add up, with the computed total', () => {
      expect(validate(payment({ amount: dec(83000) })).errors).toEqual([
        e(
          'paymentDetails',
          'the payments add up to 83000.00 but the invoice total is 83300.00 (cashRoundingAmount 0.00); ' +
            'if the difference is cash rounding, send cashRoundingAmount -300.00',
        ),
      ]);
    });

    it('gives no cash-rounding hint beyond ±500', () => {
      expect(validate(payment({ amount: dec(80000) })).errors).toEqual([
        e(
          'paymentDetails',
          'the payments add up to 80000.00 but the invoice total is 83300.00 (cashRoundingAmount 0.00)',
        ),
      ]);
    });

    it('accepts a cash rounding of up to ±500.00 that balances the payments', () => {
      expect(
        validate({ ...payment({ amount: dec(83800) }), cashRoundingAmount: dec(500) }).errors,
      ).toEqual([]);
      expect(
        validate({ ...payment({ amount: dec(82800) }), cashRoundingAmount: dec(-500) }).errors,
      ).toEqual([]);
    });

    it('refuses a cash rounding beyond ±500.00, even when it balances', () => {
      expect(
        validate({ ...payment({ amount: dec('83800.01') }), cashRoundingAmount: dec('500.01') })
          .errors,
      ).toEqual([
        e('cashRoundingAmount', "cashRoundingAmount 500.01 is beyond Factus's limit of ±500.00"),
      ]);
    });

    it('counts a surcharge in the total the payments must cover', () => {
      const tip = aDraft({
        allowanceCharges: [
          {
            conceptType: '03',
            isSurcharge: true,
            reason: 'propina',
            baseAmount: dec(20000),
            amount: dec(2000),
          },
        ],
      });

      expect(validate(tip).errors).toEqual([
        e(
          'paymentDetails',
          'the payments add up to 83300.00 but the invoice total is 85300.00 (cashRoundingAmount 0.00)',
        ),
      ]);
      expect(
        validate({ ...tip, paymentDetails: [{ ...tip.paymentDetails[0], amount: dec(85300) }] })
          .errors,
      ).toEqual([]);
    });

    it('adds up several payments', () => {
      const draft = aDraft({
        paymentDetails: [
          { paymentForm: '1', paymentMethodCode: '10', amount: dec(30000) },
          { paymentForm: '2', paymentMethodCode: '47', amount: dec(53300), dueDate: '2026-06-13' },
        ],
      });

      expect(validate(draft).errors).toEqual([]);
    });
  });

  it('reports every problem of a draft at once', () => {
    const draft: TestDraft = {
      ...aDraft(),
      document: '03',
      operationType: '11',
      observation: 'y'.repeat(501),
      customer: {
        ...aDraft().customer,
        identification: '900825759',
        dv: '1',
        company: undefined,
        tributeCode: 'IVA',
      },
      items: [
        anItem({
          schemeId: '0',
          quantity: dec(-2),
          taxes: [
            { code: '01', rate: dec(19) },
            { code: '01', rate: dec(19) },
          ],
        }),
        anItem({
          schemeId: '1',
          unitMeasureCode: 'XX',
          taxes: [excluded()],
          withholdingTaxes: [{ code: '99', rate: dec(1) }],
        }),
      ],
      paymentDetails: [{ paymentForm: '2', paymentMethodCode: '42', amount: dec(1) }],
      cashRoundingAmount: dec(600),
    };

    const result = validate(draft);

    expect(result.errors.map((x) => x.field)).toEqual([
      'observation',
      'relatedDocuments',
      'customer.dv',
      'customer.company',
      'customer.tributeCode',
      'items[0].quantity',
      'items[0].taxes[1].code',
      'items[1].unitMeasureCode',
      'items[1].withholdingTaxes[0].code',
      'items[1].mandate',
      'paymentDetails[0].dueDate',
      'cashRoundingAmount',
      'paymentDetails',
    ]);
    expect(result.errors).toContainEqual(
      e('customer.dv', 'dv 1 is wrong for NIT 900825759; it is 7'),
    );
    expect(result.totals.lines).toHaveLength(2);
  });
});
