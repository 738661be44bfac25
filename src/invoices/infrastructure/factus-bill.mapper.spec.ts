import { factusEnvelope, parseFactusAnswer } from '../../factus/wire';
import { FactusBadResponseError } from '../../factus/factus.errors';
import { FACTUS_BILL_SPEC } from './factus-bill-spec';

/** A bill `data` as the gateway reads it: through the bill spec's schema. */
const fromFactusBill = (data: unknown) => FACTUS_BILL_SPEC.document.parse(data);
const readAnswer = (data: unknown) =>
  parseFactusAnswer(factusEnvelope(FACTUS_BILL_SPEC.document), { data }, 'GET /v2/bills/:number');

/** The official v2 "skill" response example (factus-api.md §3.4), with the documented extra fields. */
const OFFICIAL = {
  reference_code: 'b64930df-2a57-4210-b04d-9a013c05fdb2',
  number: 'SETP990002443',
  document_type: { code: '01', name: 'Factura electrónica de Venta' },
  is_validated: true,
  validated_at: '13-05-2026 08:21:49 AM',
  created_at: '13-05-2026 08:21:47 AM',
  errors: {
    FAJ44b: 'Regla: FAJ44b, Notificación: Nombre informado No corresponde al registrado en el RUT',
  },
  cufe: 'a821f2e05cb1b82e0f74',
  links: {
    qr: 'https://catalogo-vpfe-hab.dian.gov.co/document/searchqr?documentkey=a821',
    public_url: 'https://app-sandbox.factus.com.co/documents/bills/x',
  },
  totals: {
    prepayment_amount: '0.00',
    gross_amount: '70000.00',
    taxable_amount: '70000.00',
    tax_amount: '13300.00',
    surcharge_amount: '0.00',
    total: '83300.00',
  },
  customer: {
    identification_document: { code: '31', name: 'NIT' },
    identification: '123456789',
    dv: 6,
    company: 'Alan company name',
    legal_organization: { code: '1', name: 'Persona Jurídica' },
    municipality: { code: '68679', name: 'San Gil' },
  },
  items: [
    {
      code_reference: 'PROD-000A',
      name: 'Producto A',
      quantity: '1.00',
      price: 10000,
      discount_rate: '0.00',
      discount: '0.00',
      gross_value: '10000.00',
      total: 11900,
      taxes: [
        {
          tribute: { code: '01', name: 'IVA' },
          is_excluded: false,
          rates: [{ taxable_amount: '10000.00', tax_amount: '1900.00', rate: '19.00' }],
        },
      ],
    },
  ],
  payment_details: [
    {
      payment_form: { code: '1', name: 'Pago de contado' },
      payment_method: { code: '42', name: 'Consignación' },
      amount: '83300.00',
    },
  ],
};

describe('fromFactusBill', () => {
  it('maps the official v2 response, reading numbers given as strings or numbers', () => {
    const invoice = fromFactusBill(OFFICIAL);
    expect(invoice.number).toBe('SETP990002443');
    expect(invoice.status).toBe('validated');
    expect(invoice.validatedAt?.toISOString()).toBe('2026-05-13T13:21:49.000Z');
    expect(invoice.totals.total.toFixed(2)).toBe('83300.00');
    expect(invoice.totals.taxAmount.toFixed(2)).toBe('13300.00');
    expect(invoice.dianMessages).toEqual([
      {
        rule: 'FAJ44b',
        kind: 'notice',
        message: 'Nombre informado No corresponde al registrado en el RUT',
      },
    ]);
    expect(invoice.customer).toMatchObject({
      identification: '123456789',
      dv: '6',
      identificationDocument: { code: '31', name: 'NIT' },
    });
    expect(invoice.items[0].total.toFixed(2)).toBe('11900.00');
    expect(invoice.items[0].price.toFixed(2)).toBe('10000.00');
    expect(invoice.items[0].taxes[0]).toMatchObject({ code: '01', name: 'IVA', isExcluded: false });
    expect(invoice.items[0].taxes[0].rate?.toFixed(2)).toBe('19.00');
    expect(invoice.links.publicUrl).toBe('https://app-sandbox.factus.com.co/documents/bills/x');
    expect(invoice.paymentDetails[0].paymentMethod).toEqual({ code: '42', name: 'Consignación' });
  });

  it.each([
    [{ is_validated: false, errors: {} }, 'pending'],
    [{ is_validated: false, errors: null }, 'pending'],
    [{ is_validated: false, errors: { FAK24: 'Regla: FAK24, Rechazo: DV' } }, 'rejected'],
    [{ is_validated: 0, errors: ['Regla: FAD06, Rechazo: x'] }, 'rejected'],
    [{ status: 1 }, 'validated'],
  ])('derives the status of %j as %s', (data, status) => {
    expect(fromFactusBill({ ...OFFICIAL, is_validated: undefined, ...data }).status).toBe(status);
  });

  it('reads the notes issued against the invoice, and their totals as decimals', () => {
    const invoice = fromFactusBill({
      ...OFFICIAL,
      related_notes: {
        credit_notes: [
          { number: 'NC1', reference_code: 'NC-1', total: '11900.00', is_validated: 1 },
        ],
        debit_notes: null,
      },
    });
    expect(invoice.relatedNotes.debitNotes).toEqual([]);
    expect(invoice.relatedNotes.creditNotes).toEqual([
      { number: 'NC1', referenceCode: 'NC-1', total: expect.anything(), isValidated: true },
    ]);
    expect(invoice.relatedNotes.creditNotes[0].total?.toFixed(2)).toBe('11900.00');
  });

  it.each([
    [
      'a total that is not an amount',
      { totals: { ...OFFICIAL.totals, total: 'n/a' } },
      'data.totals.total is not an amount',
    ],
    ['no document number', { number: null }, 'data.number is missing'],
    [
      'an item price that is not an amount',
      { items: [{ ...OFFICIAL.items[0], price: 'diez mil' }] },
      'data.items[0].price is not an amount',
    ],
    [
      'a related note total that is not an amount',
      { related_notes: { credit_notes: [{ number: 'NC1', total: 'x' }] } },
      'data.related_notes.credit_notes[0].total is not an amount',
    ],
  ])('refuses %s with a 502 naming the field, never a silent zero', (_what, patch, message) => {
    const read = () => readAnswer({ ...OFFICIAL, ...patch });
    expect(read).toThrow(FactusBadResponseError);
    expect(read).toThrow(message);
  });
});
