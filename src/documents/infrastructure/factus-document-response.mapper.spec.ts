import { fromFactusBill, fromFactusBillListRow } from './factus-document-response.mapper';

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

  it('maps a list row', () => {
    const row = fromFactusBillListRow({
      number: 'SETP1',
      reference_code: 'R1',
      total: '90000.00',
      status: 1,
      names: 'Alan Turing',
      created_at: '17-07-2024 03:54:10 PM',
      errors: ['Regla: FAJ43b, Notificación: x'],
    });
    expect(row).toMatchObject({
      number: 'SETP1',
      status: 'validated',
      customerName: 'Alan Turing',
    });
    expect(row.total.toFixed(2)).toBe('90000.00');
    expect(row.createdAt?.toISOString()).toBe('2024-07-17T20:54:10.000Z');
  });
});
