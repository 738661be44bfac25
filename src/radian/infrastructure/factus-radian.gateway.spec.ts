import { DocumentNotFoundError } from '../../documents/domain/document.errors';
import { FactusBadResponseError } from '../../factus/factus.errors';
import { FakeAnswer, fakeFactusClient } from '../../factus/testing/fake-transport';
import { ProviderValidationError } from '../../documents/domain/document.errors';
import { RadianEventNotAllowedError, ReceivedInvoiceNotFoundError } from '../domain/radian.errors';
import { FactusInvoiceRadianGateway } from './factus-invoice-radian.gateway';
import { FactusReceivedInvoiceGateway } from './factus-received-invoice.gateway';

const SESSION = { accessToken: 'tok-1', accountKey: 'token:abc' };
const CUFE = 'a'.repeat(96);

/** The example of facturas/eventos-de-facturas (v1 page; the v2 page lists the same fields). */
const DOCS_EVENTS = [
  {
    number: 'AP68',
    cude: 'b02f0eae',
    event_code: '030',
    event_name: 'Acuse de recibo de Factura Electrónica de Venta',
    effective_date: '2024-11-05',
    effective_time: '16:36:31',
  },
  {
    number: 'AP69',
    cude: '09a0d55b',
    event_code: '032',
    event_name: 'Recibo del bien y/o prestación del servicio',
    effective_date: '2024-11-05',
    effective_time: '16:36:48',
  },
];

/** An upload answer shaped as factus-js's UploadedReceptionBill (no official example exists). */
const UPLOADED = {
  id: 17,
  number: 'FE1234',
  issue_date: '2026-11-20',
  issue_time: '10:15:00',
  payment_due_date: '2026-12-20',
  cufe: CUFE,
  company_identification_type_code: '31',
  company_nit: '900123456',
  company_dv: '8',
  company_name: 'Proveedor S.A.S.',
  payment_form: { code: '2', name: 'Pago a crédito' },
  payment_method: { code: '42', name: 'Consignación' },
  total: 119000.5,
  has_claim: false,
  is_negotiable_instrument: false,
  events: [],
  created_at: '21-11-2026 09:00:00 AM',
};

const ok = (data: unknown, status = 200): FakeAnswer => ({
  status,
  body: { status: 'OK', message: 'Solicitud exitosa', data },
});

describe('FactusInvoiceRadianGateway', () => {
  it('reads the events of the docs example', async () => {
    const fake = fakeFactusClient([ok(DOCS_EVENTS)]);
    const events = await new FactusInvoiceRadianGateway(fake.client).events('SETP1', SESSION);
    expect(fake.requests[0].url).toBe('/v2/bills/SETP1/radian/events');
    expect(events[1]).toEqual({
      number: 'AP69',
      cude: '09a0d55b',
      code: '032',
      name: 'Recibo del bien y/o prestación del servicio',
      effectiveDate: '2024-11-05',
      effectiveTime: '16:36:48',
    });
  });

  it('maps 404 to the invoice not found, and names a malformed field', async () => {
    const missing = fakeFactusClient([{ status: 404, body: { message: 'Factura no encontrada' } }]);
    await expect(
      new FactusInvoiceRadianGateway(missing.client).events('X1', SESSION),
    ).rejects.toBeInstanceOf(DocumentNotFoundError);
    const bad = fakeFactusClient([ok([{ ...DOCS_EVENTS[0], event_code: null }])]);
    const error = await new FactusInvoiceRadianGateway(bad.client)
      .events('X1', SESSION)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FactusBadResponseError);
    expect((error as Error).message).toContain('data[0].event_code is missing');
  });

  it('sends the 034 with the person as the examples do (codes as text) and reads the events after it', async () => {
    const fake = fakeFactusClient([ok(null, 201), ok(DOCS_EVENTS)]);
    const events = await new FactusInvoiceRadianGateway(fake.client).emitTacitAcceptance(
      'SETP1',
      {
        identificationDocumentCode: '13',
        identification: '12345667',
        firstName: 'Pepito',
        lastName: 'Perez',
      },
      SESSION,
    );
    expect(fake.requests[0]).toMatchObject({
      method: 'POST',
      url: '/v2/bills/SETP1/radian/events/034',
    });
    expect(JSON.parse(String(fake.requests[0].data))).toEqual({
      identification_document_code: '13',
      identification: '12345667',
      first_name: 'Pepito',
      last_name: 'Perez',
    });
    // No events in the answer: they are read again.
    expect(fake.requests[1].url).toBe('/v2/bills/SETP1/radian/events');
    expect(events).toHaveLength(2);
  });
});

describe('FactusReceivedInvoiceGateway', () => {
  it('uploads by track_id and reads the invoice: numeric id as text, amount as decimal', async () => {
    const fake = fakeFactusClient([ok(UPLOADED, 201)]);
    const invoice = await new FactusReceivedInvoiceGateway(fake.client).upload(CUFE, SESSION);
    expect(JSON.parse(String(fake.requests[0].data))).toEqual({ track_id: CUFE });
    expect(invoice).toMatchObject({
      id: '17',
      supplier: {
        identificationDocumentCode: '31',
        nit: '900123456',
        dv: '8',
        name: 'Proveedor S.A.S.',
      },
      paymentForm: { code: '2', name: 'Pago a crédito' },
      hasClaim: false,
      events: [],
    });
    expect(invoice.total?.toFixed(2)).toBe('119000.50');
  });

  it('maps 404 on upload to RECEIVED_INVOICE_NOT_FOUND, and a 422 on track_id to our cufe', async () => {
    const fake = fakeFactusClient([
      { status: 404, body: { message: 'No existe' } },
      {
        status: 422,
        body: {
          message: 'Error',
          data: { errors: { track_id: ['El campo track id no es válido.'] } },
        },
      },
    ]);
    const gateway = new FactusReceivedInvoiceGateway(fake.client);
    await expect(gateway.upload(CUFE, SESSION)).rejects.toBeInstanceOf(
      ReceivedInvoiceNotFoundError,
    );
    const rejected = await gateway.upload(CUFE, SESSION).catch((e: unknown) => e);
    expect(rejected).toBeInstanceOf(ProviderValidationError);
    expect((rejected as ProviderValidationError).errors).toEqual([
      { field: 'cufe', message: 'El campo track id no es válido.' },
    ]);
  });

  it('lists with the documented filters and reads the list rows (claim_concept [] or one entry)', async () => {
    const row = {
      ...UPLOADED,
      id: '9d86ea7f-b561-407c-8407-477abd1b53f7',
      has_claim: 1,
      claim_concept: { code: '02', name: 'Mercancía no entregada totalmente' },
      completed_events: true,
      events: undefined,
    };
    const fake = fakeFactusClient([
      ok({
        data: [row, { ...row, claim_concept: [] }],
        pagination: { total: 2, per_page: 10, current_page: 1, last_page: 1 },
      }),
    ]);
    const page = await new FactusReceivedInvoiceGateway(fake.client).list(
      { supplierNit: '900123456', completedEvents: false, page: 1 },
      SESSION,
    );
    const url = new URL(fake.requests[0].url ?? '', 'http://x');
    expect(fake.requests[0].params).toMatchObject({
      'filter[company_nit]': '900123456',
      'filter[completed_events]': 0,
      page: 1,
    });
    expect(url.pathname).toBe('/v2/receptions/bills');
    expect(page.data[0]).toMatchObject({
      hasClaim: true,
      claimConcept: { code: '02', name: 'Mercancía no entregada totalmente' },
      completedEvents: true,
      events: undefined,
    });
    expect(page.data[1].claimConcept).toBeUndefined();
    expect(page.pagination).toEqual({ page: 1, perPage: 10, total: 2, lastPage: 1 });
  });

  it("turns Factus's refusals of an event into ours: 409 not allowed (with its reason), 422 our field names", async () => {
    const person = {
      identificationDocumentCode: '13',
      identification: '1',
      firstName: 'A',
      lastName: 'B',
    };
    const conflict = fakeFactusClient([
      { status: 409, body: { status: 'Conflict', message: 'La factura tiene un reclamo (031)' } },
    ]);
    const refused = await new FactusReceivedInvoiceGateway(conflict.client)
      .emitEvent('r1', '033', { person }, SESSION)
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(RadianEventNotAllowedError);
    expect(refused).toMatchObject({
      code: 'RADIAN_EVENT_NOT_ALLOWED',
      message: 'Event 033 cannot be emitted: Factus refused it: La factura tiene un reclamo (031)',
    });

    const invalid = fakeFactusClient([
      {
        status: 422,
        body: {
          message: 'Error de validación',
          data: {
            errors: {
              claim_concept_code: ['El campo claim concept code es obligatorio.'],
              first_name: 'El campo first name es obligatorio.',
            },
          },
        },
      },
    ]);
    const rejected = await new FactusReceivedInvoiceGateway(invalid.client)
      .emitEvent('r1', '031', { person }, SESSION)
      .catch((e: unknown) => e);
    expect(rejected).toBeInstanceOf(ProviderValidationError);
    expect((rejected as ProviderValidationError).errors).toEqual([
      { field: 'claimConceptCode', message: 'El campo claim concept code es obligatorio.' },
      { field: 'firstName', message: 'El campo first name es obligatorio.' },
    ]);
  });
});

describe('FactusInvoiceRadianGateway refusals of the 034', () => {
  it('reads a 409 as RADIAN_EVENT_NOT_ALLOWED and a 404 as the invoice not found', async () => {
    const person = {
      identificationDocumentCode: '13',
      identification: '1',
      firstName: 'A',
      lastName: 'B',
    };
    const fake = fakeFactusClient([
      {
        status: 409,
        body: { message: 'No han transcurrido tres (3) días hábiles desde el evento 032' },
      },
      { status: 404, body: { message: 'Factura no encontrada' } },
    ]);
    const gateway = new FactusInvoiceRadianGateway(fake.client);
    const early = await gateway
      .emitTacitAcceptance('SETP1', person, SESSION)
      .catch((e: unknown) => e);
    expect(early).toBeInstanceOf(RadianEventNotAllowedError);
    expect((early as Error).message).toContain('tres (3) días hábiles');
    await expect(gateway.emitTacitAcceptance('SETP1', person, SESSION)).rejects.toBeInstanceOf(
      DocumentNotFoundError,
    );
  });
});
