import { DianCatalog } from '../../catalogs/domain/dian-catalog';
import { FakeAnswer, fakeFactusClient } from '../../factus/testing/fake-transport';
import {
  NumberingRangeConflictError,
  NumberingRangeNotFoundError,
  NumberingRangeRefusedError,
} from '../domain/numbering-range.errors';
import { FactusNumberingRangeGateway } from './factus-numbering-range.gateway';

const SESSION = { accessToken: 'tok-1', accountKey: 'token:abc' };

/** A range as create, current and toggle-status answer it (crear-rango.md). */
const DETAIL = {
  id: 391,
  document: '21',
  document_name: 'Factura de Venta',
  prefix: 'SETQ',
  from: 984000000,
  to: 985000000,
  current: 984000000,
  resolution_number: '18760000009',
  start_date: '13-05-2026',
  end_date: '13-05-2028',
  technical_key: 'abc',
  is_expired: 0,
  is_active: 1,
  created_at: '2026-05-13T13:00:00Z',
  updated_at: '2026-05-13T13:00:00Z',
};
const ok = (data: unknown, status = 200): FakeAnswer => ({
  status,
  body: { status: 'OK', message: 'Solicitud exitosa', data },
});

function gatewayWith(...answers: FakeAnswer[]) {
  const fake = fakeFactusClient(answers, {
    retry: { maxRetries: 2, baseDelayMs: 1, maxDelayMs: 1 },
  });
  return {
    gateway: new FactusNumberingRangeGateway(fake.client, new DianCatalog()),
    requests: fake.requests,
  };
}

describe('FactusNumberingRangeGateway: matching a listed range to its document type', () => {
  const row = (id: number, document: string) => ({
    ...DETAIL,
    id,
    document,
    document_name: undefined,
  });

  it('maps reworded names by their words, and asks the show for the code of the rest', async () => {
    const { gateway, requests } = gatewayWith(
      ok([row(1, 'Factura electrónica de venta'), row(2, 'Factura electrónica')]),
      ok({ ...DETAIL, id: 2, document: '30', document_name: 'Factura electrónica' }),
    );
    const ranges = await gateway.list({}, SESSION);
    expect(ranges.map((r) => [r.id, r.document, r.documentName])).toEqual([
      [1, '21', 'Factura electrónica de venta'],
      [2, '30', 'Factura electrónica'],
    ]);
    expect(requests.map((r) => r.url)).toEqual(['/v2/numbering-ranges', '/v2/numbering-ranges/2']);
  });

  it('leaves the type unknown, without failing the list, when the show cannot tell', async () => {
    const { gateway, requests } = gatewayWith(ok([row(1, 'Tipo nuevo'), row(2, 'Otro tipo')]), {
      status: 500,
      body: {},
    });
    const ranges = await gateway.list({}, SESSION);
    expect(ranges.map((r) => r.document)).toEqual(['Tipo nuevo', 'Otro tipo']);
    // One show tried, not retried; the first failure stops the lookups.
    expect(requests.filter((r) => r.url === '/v2/numbering-ranges/1')).toHaveLength(1);
    expect(requests.filter((r) => r.url === '/v2/numbering-ranges/2')).toHaveLength(0);
  });
});

describe('FactusNumberingRangeGateway: managing ranges', () => {
  it('creates a range with the documented body, never retried', async () => {
    const { gateway, requests } = gatewayWith({ status: 500, body: {} });
    await expect(
      gateway.create(
        { document: '21', prefix: 'SETQ', resolutionNumber: '187', current: 5 },
        SESSION,
      ),
    ).rejects.toThrow();
    expect(requests).toHaveLength(1);

    const second = gatewayWith(ok(DETAIL, 201));
    const created = await second.gateway.create(
      { document: '22', prefix: 'NC2', current: 1 },
      SESSION,
    );
    const [sent] = second.requests;
    expect([sent.method, sent.url]).toEqual(['POST', '/v2/numbering-ranges']);
    expect(JSON.parse(sent.data as string)).toEqual({ document: '22', prefix: 'NC2', current: 1 });
    expect(sent.headers).toMatchObject({
      Authorization: 'Bearer tok-1',
      'Content-Type': 'application/json',
      Accept: 'application/json',
    });
    expect(created).toMatchObject({ id: 391, document: '21', startDate: '2026-05-13' });
  });

  it('updates the consecutive with PATCH :id/current { current }', async () => {
    const { gateway, requests } = gatewayWith(ok({ ...DETAIL, current: 984000100 }));
    expect((await gateway.updateCurrent(391, 984000100, SESSION)).current).toBe(984000100);
    expect([requests[0].method, requests[0].url]).toEqual([
      'PATCH',
      '/v2/numbering-ranges/391/current',
    ]);
    expect(JSON.parse(requests[0].data as string)).toEqual({ current: 984000100 });
  });

  it('toggles the status with PATCH :id/toggle-status, never retried (a resend undoes it)', async () => {
    const { gateway, requests } = gatewayWith(ok({ ...DETAIL, is_active: 0 }));
    expect((await gateway.toggleStatus(391, SESSION)).isActive).toBe(false);
    expect([requests[0].method, requests[0].url, requests[0].data]).toEqual([
      'PATCH',
      '/v2/numbering-ranges/391/toggle-status',
      undefined,
    ]);
    const failing = gatewayWith({ networkError: 'ECONNRESET' });
    await expect(failing.gateway.toggleStatus(391, SESSION)).rejects.toThrow();
    expect(failing.requests).toHaveLength(1);
  });

  it.each<[string, FakeAnswer]>([
    [
      '200 with a message',
      { status: 200, body: { status: 'OK', message: 'Rango de numeración eliminado con éxito' } },
    ],
    ['204', { status: 204 }],
  ])('deletes a range: %s', async (_case, answer) => {
    const { gateway, requests } = gatewayWith(answer);
    await gateway.delete(391, SESSION);
    expect([requests[0].method, requests[0].url]).toEqual(['DELETE', '/v2/numbering-ranges/391']);
  });

  it('lists the resolutions DIAN associated to the software', async () => {
    const { gateway, requests } = gatewayWith(
      ok([
        {
          prefix: 'SETP',
          from: 990000000,
          to: '995000000',
          resolution_number: '18760000001',
          start_date: '2019-01-19',
          end_date: '19-01-2030',
          technical_key: 'fc8e',
        },
      ]),
    );
    expect(await gateway.dianResolutions(SESSION)).toEqual([
      {
        prefix: 'SETP',
        from: 990000000,
        to: 995000000,
        resolutionNumber: '18760000001',
        startDate: '2019-01-19',
        endDate: '2030-01-19',
        technicalKey: 'fc8e',
      },
    ]);
    expect(requests[0].url).toBe('/v2/numbering-ranges/dian');
  });

  it('maps Factus refusals: 404 not found, 422 field errors under our names, 409 conflict', async () => {
    const { gateway } = gatewayWith(
      { status: 404, body: { status: 'Not Found', message: 'Rango de numeración no encontrado' } },
      {
        status: 422,
        body: {
          status: 'Validation error',
          message: 'Error de validación',
          data: {
            errors: {
              prefix: ['El campo prefix ya ha sido registrado.'],
              resolution_number: 'El campo resolution_number es obligatorio cuando document es 21.',
            },
          },
        },
      },
      { status: 409, body: { status: 'Conflict', message: 'El rango tiene documentos asociados' } },
    );
    await expect(gateway.toggleStatus(4242, SESSION)).rejects.toBeInstanceOf(
      NumberingRangeNotFoundError,
    );
    const refused = await gateway
      .create({ document: '21', prefix: 'SETP', current: 1 }, SESSION)
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(NumberingRangeRefusedError);
    expect((refused as NumberingRangeRefusedError).errors).toEqual([
      { field: 'prefix', message: 'El campo prefix ya ha sido registrado.' },
      {
        field: 'resolutionNumber',
        message: 'El campo resolution_number es obligatorio cuando document es 21.',
      },
    ]);
    await expect(gateway.delete(389, SESSION)).rejects.toBeInstanceOf(NumberingRangeConflictError);
  });
});
