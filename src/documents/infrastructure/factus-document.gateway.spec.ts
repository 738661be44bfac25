import type { FactusCall, FactusHttpClient } from '../../factus/factus-http.client';
import {
  FactusApiError,
  FactusBadResponseError,
  FactusTimeoutError,
  FactusUnavailableError,
} from '../../factus/factus.errors';
import { INVOICE } from '../domain/document-type';
import {
  DocumentAlreadyProcessedError,
  DocumentDeleteRefusedError,
  DocumentNotDeletableError,
  DocumentNotFoundError,
  DocumentOutcomeUnknownError,
  DocumentRejectedError,
  ProviderValidationError,
} from '../domain/document.errors';
import { FactusDocumentSpecs } from './factus-document-spec';
import { factusDocumentSchema } from './factus-document.answer';
import { fromFactusDocument } from './factus-document-response.mapper';
import { FactusDocumentGateway } from './factus-document.gateway';

const session = { accessToken: 't', accountKey: 'a' };
const REF = 'REF-1';
const RULE_90 = 'Regla: 90, Rechazo: Documento procesado anteriormente.';

/** A v2 bill `data` as the create and show pages give it. */
const bill = (patch: Record<string, unknown> = {}) => ({
  number: 'SETP990000001',
  reference_code: REF,
  is_validated: true,
  validated_at: '13-05-2026 08:21:49 AM',
  errors: {},
  totals: { total: '83300.00' },
  ...patch,
});
const row = (patch: Record<string, unknown> = {}) => ({
  number: 'SETP990000001',
  reference_code: REF,
  total: '83300.00',
  is_validated: true,
  ...patch,
});
const page = (rows: unknown[]) => ({
  data: {
    data: rows,
    pagination: { total: rows.length, per_page: 10, current_page: 1, last_page: 1 },
  },
});

/** A body, an error to throw, or 'hang' (never answers). */
type Answer = unknown;

/** A client answering each call by `METHOD path` from a script (one answer per call, in order). */
function clientAnswering(script: Record<string, Answer[]>) {
  const calls: string[] = [];
  const send = jest.fn((call: FactusCall) => {
    const key = `${call.method} ${call.path}`;
    calls.push(key);
    const answer = script[key]?.shift();
    if (answer === undefined) return Promise.reject(new Error(`unexpected ${key}`));
    if (answer === 'hang') return new Promise(() => undefined);
    if (answer instanceof Error) return Promise.reject(answer);
    return Promise.resolve({ status: 200, body: answer, headers: {} });
  });
  return { client: { send } as unknown as FactusHttpClient, calls, send };
}

function gatewayWith(script: Record<string, Answer[]>, timeoutMs = 1000) {
  const specs = new FactusDocumentSpecs();
  specs.register({
    type: INVOICE,
    basePath: '/v2/bills',
    deleteByReferencePath: '/v2/bills/destroy/reference',
    toRequest: () => ({}),
    document: factusDocumentSchema.transform(fromFactusDocument),
  });
  const { client, calls, send } = clientAnswering(script);
  return { gateway: new FactusDocumentGateway(client, specs, { timeoutMs }), calls, send };
}

const create = (gateway: FactusDocumentGateway) =>
  gateway.create(INVOICE, { referenceCode: REF }, session);
const CREATE = 'POST /v2/bills/validate';
const LIST = 'GET /v2/bills';
const SHOW = 'GET /v2/bills/SETP990000001';

describe('FactusDocumentGateway.create: what the answer means (manejo-errores.md)', () => {
  it('reads a rejection from a 201 body: not validated and a "Rechazo"', async () => {
    const { gateway } = gatewayWith({
      [CREATE]: [
        { data: bill({ is_validated: false, errors: { FAK24: 'Regla: FAK24, Rechazo: DV' } }) },
      ],
    });
    await expect(create(gateway)).rejects.toBeInstanceOf(DocumentRejectedError);
  });

  it('answers a not-validated 201 without "Rechazo" as pending', async () => {
    const { gateway } = gatewayWith({
      [CREATE]: [{ data: bill({ is_validated: false, validated_at: null, errors: [] }) }],
    });
    expect((await create(gateway)).status).toBe('pending');
  });

  it('never reads rule 90 in a 201 body as a rejection: looks the document up first', async () => {
    const notValidated = bill({ is_validated: false, errors: [RULE_90] });
    const { gateway, calls } = gatewayWith({
      [CREATE]: [{ data: notValidated }],
      [LIST]: [page([row({ is_validated: false, errors: [RULE_90] })])],
      [SHOW]: [{ data: notValidated }],
    });
    const error = (await create(gateway).catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(DocumentAlreadyProcessedError);
    expect(error.message).not.toMatch(/delete it with/i);
    expect(error.message).toMatch(/Do not delete it/);
    expect(calls).toEqual([CREATE, LIST, SHOW]);
  });

  it('answers with the document when the rule-90 lookup finds it validated', async () => {
    const { gateway } = gatewayWith({
      [CREATE]: [{ data: bill({ is_validated: false, errors: [RULE_90] }) }],
      [LIST]: [page([row()])],
      [SHOW]: [{ data: bill() }],
    });
    expect((await create(gateway)).status).toBe('validated');
  });

  it('answers a validated document that carries rule 90 (a resend) as validated', async () => {
    const { gateway, calls } = gatewayWith({
      [CREATE]: [{ data: bill({ errors: { '90': RULE_90 } }) }],
    });
    expect((await create(gateway)).status).toBe('validated');
    expect(calls).toEqual([CREATE]);
  });

  it('looks up by reference after a 422 rule 90, and never says delete', async () => {
    const { gateway } = gatewayWith({
      [CREATE]: [new FactusApiError(422, { data: { errors: [RULE_90] } }, 'Error')],
      [LIST]: [page([])],
    });
    await expect(create(gateway)).rejects.toBeInstanceOf(DocumentAlreadyProcessedError);
  });
});

describe('FactusDocumentGateway.create: every ambiguous answer settled by a lookup by reference', () => {
  it.each([
    ['a timeout', new FactusTimeoutError('slow')],
    [
      'a dropped connection',
      new FactusUnavailableError('reset', undefined, undefined, 'connection_lost'),
    ],
    ['a 5xx after the retries', new FactusBadResponseError('HTTP 500', undefined, 500)],
    ['a 2xx that is not JSON', new FactusBadResponseError('not JSON')],
    ['a 422 whose body is not JSON', new FactusApiError(422, '<html>oops', 'Error')],
  ])('after %s: found, the stored document is the answer', async (_what, failure) => {
    const { gateway, calls } = gatewayWith({
      [CREATE]: [failure],
      [LIST]: [page([row()])],
      [SHOW]: [{ data: bill() }],
    });
    expect((await create(gateway)).number).toBe('SETP990000001');
    expect(calls).toEqual([CREATE, LIST, SHOW]);
  });

  it('after a 2xx body that does not parse (truncated to a document without a number): looked up', async () => {
    const { gateway } = gatewayWith({
      [CREATE]: [{ data: { reference_code: REF } }],
      [LIST]: [page([])],
    });
    await expect(create(gateway)).rejects.toBeInstanceOf(DocumentOutcomeUnknownError);
  });

  it('not found: *_OUTCOME_UNKNOWN saying a resend is safe', async () => {
    const { gateway } = gatewayWith({
      [CREATE]: [new FactusTimeoutError('slow')],
      [LIST]: [page([])],
    });
    const error = (await create(gateway).catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(DocumentOutcomeUnknownError);
    expect(error.message).toMatch(/Resending the same request is safe/);
  });

  it('a found document that DIAN rejected is answered as rejected', async () => {
    const rejected = { is_validated: false, errors: ['Regla: FAD06, Rechazo: x'] };
    const { gateway } = gatewayWith({
      [CREATE]: [new FactusTimeoutError('slow')],
      [LIST]: [page([row(rejected)])],
      [SHOW]: [{ data: bill(rejected) }],
    });
    await expect(create(gateway)).rejects.toBeInstanceOf(DocumentRejectedError);
  });

  it('gives the lookup its own deadline: a lookup that never answers ends in OUTCOME_UNKNOWN in time', async () => {
    const { gateway } = gatewayWith(
      { [CREATE]: [new FactusTimeoutError('slow')], [LIST]: ['hang'] },
      100,
    );
    const started = Date.now();
    await expect(create(gateway)).rejects.toBeInstanceOf(DocumentOutcomeUnknownError);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('does not look up when Factus never took the request, or refused the data', async () => {
    const notSent = new FactusUnavailableError('refused', undefined, undefined, 'not_sent');
    const refused = new FactusApiError(
      422,
      { data: { errors: { 'customer.email': 'inválido' } } },
      'Error',
    );
    const { gateway, calls } = gatewayWith({ [CREATE]: [notSent, refused] });
    await expect(create(gateway)).rejects.toBe(notSent);
    await expect(create(gateway)).rejects.toBeInstanceOf(ProviderValidationError);
    expect(calls).toEqual([CREATE, CREATE]);
  });
});

describe('FactusDocumentGateway.deleteByReference (v2 facturas/eliminar)', () => {
  const DELETE = `DELETE /v2/bills/destroy/reference/${REF}`;
  const remove = (gateway: FactusDocumentGateway) =>
    gateway.deleteByReference(INVOICE, REF, session);

  it('accepts 200 with a message and 204 without a body', async () => {
    const { gateway } = gatewayWith({
      [DELETE]: [{ status: 'OK', message: 'Documento eliminado con éxito' }, null],
    });
    await expect(remove(gateway)).resolves.toBeUndefined();
    await expect(remove(gateway)).resolves.toBeUndefined();
  });

  it.each([
    [404, 'Factura no encontrada', DocumentNotFoundError, 'INVOICE_NOT_FOUND'],
    [
      409,
      'No se puede eliminar un documento validado por la DIAN',
      DocumentNotDeletableError,
      'INVOICE_ALREADY_VALIDATED',
    ],
    [422, 'La factura ya fue validada', DocumentNotDeletableError, 'INVOICE_ALREADY_VALIDATED'],
    [
      409,
      'El documento está siendo procesado por la DIAN',
      DocumentDeleteRefusedError,
      'INVOICE_DELETE_REFUSED',
    ],
    [
      422,
      'El documento no ha sido validado y no puede eliminarse ahora',
      DocumentDeleteRefusedError,
      'INVOICE_DELETE_REFUSED',
    ],
  ])('maps a %i saying "%s" by what it says', async (status, message, type, code) => {
    const { gateway } = gatewayWith({
      [DELETE]: [new FactusApiError(status, { message }, message)],
    });
    const error = (await remove(gateway).catch((e: unknown) => e)) as {
      code: string;
      message: string;
    };
    expect(error).toBeInstanceOf(type);
    expect(error.code).toBe(code);
    if (type === DocumentDeleteRefusedError) expect(error.message).toContain(message);
  });
});

describe('FactusDocumentGateway: e-mail and what it attaches', () => {
  const NUMBER = 'SETP990000001';

  it('sends an own PDF as pdf_base_64_encoded (v2 notas-credito/enviar-correo), and only when given', async () => {
    const SEND = `POST /v2/bills/${NUMBER}/send-email`;
    const { gateway, send } = gatewayWith({ [SEND]: [{ status: 'OK' }, { status: 'OK' }] });
    await gateway.sendEmail(
      INVOICE,
      NUMBER,
      { email: 'a@b.co', pdf: Buffer.from('%PDF-1.4') },
      session,
    );
    await gateway.sendEmail(INVOICE, NUMBER, { email: 'a@b.co' }, session);
    expect(send.mock.calls.map(([call]) => call.json)).toEqual([
      { email: 'a@b.co', pdf_base_64_encoded: Buffer.from('%PDF-1.4').toString('base64') },
      { email: 'a@b.co' },
    ]);
  });

  it('reads the e-mail content (subject and the base64 ZIP, `attached_document` as on the v1 page)', async () => {
    const zip = Buffer.from('PK\u0003\u0004zip');
    const { gateway } = gatewayWith({
      [`GET /v2/bills/${NUMBER}/email-content`]: [
        { data: { subject: '9;ACME;SETP1;01;ACME', attached_document: zip.toString('base64') } },
      ],
    });
    const content = await gateway.emailContent(INVOICE, NUMBER, session);
    expect(content.subject).toBe('9;ACME;SETP1;01;ACME');
    expect(content.zip.equals(zip)).toBe(true);
  });

  it('reads the AttachedDocument download (file_name, xml_base_64_encoded); 404 is not found', async () => {
    const path = `GET /v2/bills/${NUMBER}/download-attached-document-xml`;
    const { gateway } = gatewayWith({
      [path]: [
        {
          data: {
            file_name: 'ad0901724254',
            xml_base_64_encoded: Buffer.from('<x/>').toString('base64'),
          },
        },
        new FactusApiError(404, { message: 'no' }, 'no'),
      ],
    });
    const file = await gateway.downloadAttachedDocument(INVOICE, NUMBER, session);
    expect(file).toEqual({ fileName: 'ad0901724254', content: Buffer.from('<x/>') });
    await expect(gateway.downloadAttachedDocument(INVOICE, NUMBER, session)).rejects.toBeInstanceOf(
      DocumentNotFoundError,
    );
  });
});

describe('FactusDocumentGateway.list with status=pending|rejected (true pagination)', () => {
  const REJECTED = { is_validated: false, errors: ['Regla: FAD06, Rechazo: x'] };
  const PENDING = { is_validated: false, errors: [] };
  const factusPage = (rows: unknown[], current: number, last: number) => ({
    data: {
      data: rows,
      pagination: { total: 250, per_page: 100, current_page: current, last_page: last },
    },
  });

  it('reads every not-validated page and answers the pagination of the matching rows only', async () => {
    const rows = (from: number, n: number, patch: object) =>
      Array.from({ length: n }, (_, i) => row({ number: `SETP${from + i}`, ...patch }));
    const { gateway, send } = gatewayWith({
      [LIST]: [
        factusPage([...rows(1, 3, REJECTED), ...rows(10, 97, PENDING)], 1, 2),
        factusPage([...rows(200, 2, REJECTED), ...rows(300, 48, PENDING)], 2, 2),
      ],
    });
    const page = await gateway.list(INVOICE, { status: 'rejected', page: 2, perPage: 3 }, session);
    expect(page).toMatchObject({ page: 2, perPage: 3, total: 5, lastPage: 2 });
    expect(page.data.map((r) => r.number)).toEqual(['SETP200', 'SETP201']);
    expect(send.mock.calls.map(([call]) => call.query)).toEqual([
      expect.objectContaining({ 'filter[status]': 0, page: 1, 'filter[per_page]': 100 }),
      expect.objectContaining({ 'filter[status]': 0, page: 2, 'filter[per_page]': 100 }),
    ]);
  });

  it('passes validated through to Factus with its own pagination', async () => {
    const { gateway, send } = gatewayWith({ [LIST]: [factusPage([row()], 3, 7)] });
    const page = await gateway.list(
      INVOICE,
      { status: 'validated', page: 3, perPage: 10 },
      session,
    );
    expect(page).toMatchObject({ page: 3, total: 250, lastPage: 7 });
    expect(send.mock.calls[0][0].query).toMatchObject({ 'filter[status]': 1, page: 3 });
  });
});
