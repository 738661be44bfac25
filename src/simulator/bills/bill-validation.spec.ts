import { NumberingRanges, SEEDED_RANGE_IDS } from '../ranges/numbering-ranges';
import { validateBill, ValidationContext } from './bill-validation';
import { amount } from './money';
import { cashRoundingBill, JsonBody, officialBill } from './testing/bill-payloads';

const NOW = Date.parse('2026-05-13T13:21:49Z');

function context(): ValidationContext {
  return { ranges: new NumberingRanges(() => NOW), today: '2026-05-13' };
}

function errorsOf(body: unknown, ctx = context()): Record<string, string[]> {
  const result = validateBill(body, ctx);
  if (result.ok) throw new Error('expected validation errors');
  return result.errors;
}

function withChanges(change: (body: JsonBody) => void): JsonBody {
  const body = officialBill();
  change(body);
  return body;
}

const customer = (body: JsonBody) => body.customer as JsonBody;
const items = (body: JsonBody) => body.items as JsonBody[];

describe('validateBill (Factus v2 field validation)', () => {
  it('accepts the official example and normalises it with Factus defaults', () => {
    const result = validateBill(officialBill(), context());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.range.id).toBe(SEEDED_RANGE_IDS.invoice);
    expect(amount(result.totals.total)).toBe('83300.00');
    expect(result.request.customer).toMatchObject({
      dv: '6',
      tributeCode: 'ZZ',
      countryCode: 'CO',
    });
    expect(result.request.sendEmail).toBe(true);
  });

  it('accepts the cash-rounding example (payments 260550 = 260564.81 - 14.81)', () => {
    const result = validateBill(cashRoundingBill(), context());
    expect(result.ok).toBe(true);
    if (result.ok) expect(amount(result.totals.total)).toBe('260564.81');
  });

  it('reports every missing required field under its dotted path, in Spanish', () => {
    expect(errorsOf({})).toEqual({
      reference_code: ['El campo reference_code es obligatorio.'],
      payment_details: ['El campo payment_details es obligatorio.'],
      customer: ['El campo customer es obligatorio.'],
      items: ['El campo items es obligatorio.'],
    });
    const errors = errorsOf({
      reference_code: 'R',
      payment_details: [{}],
      customer: {},
      items: [{ taxes: [{ is_excluded: false }] }],
    });
    expect(errors).toMatchObject({
      'payment_details.0.payment_form': ['El campo payment_details.0.payment_form es obligatorio.'],
      'payment_details.0.amount': ['El campo payment_details.0.amount es obligatorio.'],
      'customer.identification_document_code': [
        'El campo customer.identification_document_code es obligatorio.',
      ],
      'customer.identification': ['El campo customer.identification es obligatorio.'],
      'customer.legal_organization_code': [
        'El campo customer.legal_organization_code es obligatorio.',
      ],
      'items.0.code_reference': ['El campo items.0.code_reference es obligatorio.'],
      'items.0.unit_measure_code': ['El campo items.0.unit_measure_code es obligatorio.'],
      'items.0.taxes.0.code': ['El campo items.0.taxes.0.code es obligatorio.'],
      'items.0.taxes.0.rate': ['El campo items.0.taxes.0.rate es obligatorio.'],
    });
  });

  it('requires non-empty taxes per item, and accepts {is_excluded: true} alone', () => {
    expect(errorsOf(withChanges((b) => (items(b)[0].taxes = [])))).toEqual({
      'items.0.taxes': ['El campo items.0.taxes es obligatorio.'],
    });
    const excluded = withChanges((b) => {
      items(b)[0].taxes = [{ is_excluded: true }];
      (b.payment_details as JsonBody[])[0].amount = '81400';
    });
    expect(validateBill(excluded, context()).ok).toBe(true);
  });

  it('requires company for a legal person and names for a natural person', () => {
    expect(errorsOf(withChanges((b) => delete customer(b).company))).toEqual({
      'customer.company': [
        'El campo customer.company es obligatorio cuando customer.legal_organization_code es 1.',
      ],
    });
    expect(errorsOf(withChanges((b) => (customer(b).legal_organization_code = '2')))).toEqual({
      'customer.names': [
        'El campo customer.names es obligatorio cuando customer.legal_organization_code es 2.',
      ],
    });
  });

  it('checks the NIT check digit when sent and computes it when omitted', () => {
    expect(errorsOf(withChanges((b) => (customer(b).dv = '3')))).toEqual({
      'customer.dv': ['El campo customer.dv es inválido.'],
    });
    const result = validateBill(
      withChanges((b) => (customer(b).dv = '6')),
      context(),
    );
    expect(result.ok && result.request.customer.dv).toBe('6');
  });

  it('refuses unknown or non-invoice numbering ranges with Factus own wording', () => {
    for (const id of [9999, SEEDED_RANGE_IDS.creditNote]) {
      expect(errorsOf(withChanges((b) => (b.numbering_range_id = id)))).toEqual({
        numbering_range_id: ['El campo id rango de numeración es inválido.'],
      });
    }
    // Omitted: the single active invoice range is used.
    const omitted = validateBill(
      withChanges((b) => delete b.numbering_range_id),
      context(),
    );
    expect(omitted.ok && omitted.range.id).toBe(SEEDED_RANGE_IDS.invoice);
  });

  it('refuses amounts with more than two decimals and non-numeric amounts', () => {
    const errors = errorsOf(
      withChanges((b) => {
        items(b)[0].price = '10000.001';
        items(b)[1].quantity = 'tres';
      }),
    );
    expect(errors).toEqual({
      'items.0.price': ['El campo items.0.price debe tener 0-2 cifras decimales.'],
      'items.1.quantity': ['El campo items.1.quantity debe ser numérico.'],
    });
  });

  it('refuses payments that do not add up to the total plus cash rounding, stating the total', () => {
    const errors = errorsOf(
      withChanges((b) => ((b.payment_details as JsonBody[])[0].amount = 83000)),
    );
    expect(errors.payment_details[0]).toContain('83300.00');
    expect(errors.payment_details[0]).toContain('83000.00');
    expect(errorsOf(withChanges((b) => (b.cash_rounding_amount = '-500.01')))).toMatchObject({
      cash_rounding_amount: ['El campo cash_rounding_amount debe estar entre -500 y 500.'],
    });
  });

  it('requires a due date for credit payments', () => {
    const errors = errorsOf(
      withChanges((b) => ((b.payment_details as JsonBody[])[0].payment_form = '2')),
    );
    expect(errors).toEqual({
      'payment_details.0.due_date': [
        'El campo payment_details.0.due_date es obligatorio cuando payment_details.0.payment_form es 2.',
      ],
    });
  });

  it('checks billing period order, observation length and codes from the DIAN tables', () => {
    const errors = errorsOf(
      withChanges((b) => {
        b.billing_period = {
          start_date: '2026-01-01',
          end_date: '2026-01-01',
          end_time: '23:59:59',
        };
        b.observation = 'x'.repeat(501);
        customer(b).municipality_code = '99999';
        items(b)[0].unit_measure_code = 'XYZ';
        items(b)[0].taxes = [{ code: '99', rate: '19.00' }];
      }),
    );
    expect(errors).toEqual({
      'billing_period.end_date': [
        'El campo fecha de fin debe ser una fecha posterior a fecha de inicio.',
      ],
      observation: ['El campo observation no debe ser mayor que 500 caracteres.'],
      'customer.municipality_code': ['El campo customer.municipality_code es inválido.'],
      'items.0.unit_measure_code': ['El campo items.0.unit_measure_code es inválido.'],
      'items.0.taxes.0.code': ['El campo items.0.taxes.0.code es inválido.'],
    });
  });

  it('accepts a discount rate or amount, not both', () => {
    const errors = errorsOf(
      withChanges((b) => {
        items(b)[0].discount_rate = '10';
        items(b)[0].discount_amount = '1000';
      }),
    );
    expect(Object.keys(errors)).toEqual(['items.0.discount_amount']);
  });
});
