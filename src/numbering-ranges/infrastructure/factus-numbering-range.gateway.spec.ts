import { DianCatalog } from '../../catalogs/domain/dian-catalog';
import { FactusBadResponseError } from '../../factus/factus.errors';
import { FakeAnswer, fakeFactusClient } from '../../factus/testing/fake-transport';
import { NumberingRangeNotFoundError } from '../domain/numbering-range.errors';
import { FactusNumberingRangeGateway } from './factus-numbering-range.gateway';

const SESSION = { accessToken: 'tok-1', accountKey: 'token:abc' };

/** The list rows of the docs' example (factus-api.md §2.7): `document` is the name there. */
const LIST_ROWS = [
  {
    id: 4,
    document: 'Factura de Venta',
    prefix: 'SETP',
    from: 990000000,
    to: 995000000,
    current: 990000875,
    resolution_number: '18760000001',
    start_date: '2019-01-19',
    end_date: '2030-01-19',
    technical_key: 'fc8eac422eba16e22ffd8c6f94b3f40a6e38162c',
    is_expired: false,
    is_active: 1,
    deleted_at: null,
    created_at: '2023-06-01T08:00:38Z',
    updated_at: '2025-08-01T11:26:26Z',
  },
  {
    id: 5,
    document: 'Nota Crédito',
    prefix: 'NC',
    from: 1,
    to: 16000000,
    current: 163,
    resolution_number: null,
    start_date: null,
    end_date: null,
    technical_key: null,
    is_expired: false,
    is_active: 1,
  },
];

function page(rows: unknown[], current = 1, last = 1) {
  return {
    status: 200,
    body: {
      status: 'OK',
      message: 'Solicitud exitosa',
      data: {
        data: rows,
        pagination: { total: rows.length, per_page: 100, current_page: current, last_page: last },
      },
    },
  };
}

function gatewayWith(...answers: FakeAnswer[]) {
  const fake = fakeFactusClient(answers);
  return {
    gateway: new FactusNumberingRangeGateway(fake.client, new DianCatalog()),
    requests: fake.requests,
  };
}

describe('FactusNumberingRangeGateway', () => {
  it('lists with Factus filters and maps document names to codes', async () => {
    const { gateway, requests } = gatewayWith(page(LIST_ROWS));
    const ranges = await gateway.list({ active: true }, SESSION);

    expect(requests[0].url).toBe('/v2/numbering-ranges');
    expect(requests[0].params).toEqual({
      'filter[document]': undefined,
      'filter[is_active]': 1,
      'filter[per_page]': 100,
      page: 1,
    });
    expect(requests[0].headers.Authorization).toBe('Bearer tok-1');
    expect(ranges).toEqual([
      {
        id: 4,
        document: '21',
        documentName: 'Factura de Venta',
        prefix: 'SETP',
        from: 990000000,
        to: 995000000,
        current: 990000875,
        resolutionNumber: '18760000001',
        startDate: '2019-01-19',
        endDate: '2030-01-19',
        technicalKey: 'fc8eac422eba16e22ffd8c6f94b3f40a6e38162c',
        isExpired: false,
        isActive: true,
      },
      {
        id: 5,
        document: '22',
        documentName: 'Nota Crédito',
        prefix: 'NC',
        from: 1,
        to: 16000000,
        current: 163,
        resolutionNumber: null,
        startDate: null,
        endDate: null,
        technicalKey: null,
        isExpired: false,
        isActive: true,
      },
    ]);
  });

  it('reads every page and filters what Factus cannot (expired)', async () => {
    const expired = { ...LIST_ROWS[0], id: 6, prefix: 'OLD', is_expired: true, is_active: 0 };
    const { gateway, requests } = gatewayWith(page([LIST_ROWS[0]], 1, 2), page([expired], 2, 2));
    const ranges = await gateway.list({ document: '21', expired: true }, SESSION);
    expect(requests.map((r) => (r.params as { page: number }).page)).toEqual([1, 2]);
    expect((requests[0].params as Record<string, unknown>)['filter[document]']).toBe('21');
    expect(ranges.map((r) => [r.id, r.isExpired, r.isActive])).toEqual([[6, true, false]]);
  });

  it('accepts a bare list and keeps an unknown document type as Factus wrote it', async () => {
    const payroll = { ...LIST_ROWS[1], id: 9, document: 'Nómina Electrónica', prefix: 'NE' };
    const { gateway } = gatewayWith({ status: 200, body: { data: [payroll] } });
    const [range] = await gateway.list({}, SESSION);
    expect(range).toMatchObject({
      document: 'Nómina Electrónica',
      documentName: 'Nómina Electrónica',
    });
  });

  it('refuses a list without a list', async () => {
    const { gateway } = gatewayWith({ status: 200, body: { data: { rows: [] } } });
    await expect(gateway.list({}, SESSION)).rejects.toBeInstanceOf(FactusBadResponseError);
  });

  it('shows one range: document code, document_name and DD-MM-YYYY dates', async () => {
    const { gateway, requests } = gatewayWith({
      status: 200,
      body: {
        status: 'OK',
        message: 'Solicitud exitosa',
        data: {
          id: 389,
          document: '21',
          document_name: 'Factura de Venta',
          prefix: 'SETP',
          from: '990000000',
          to: '995000000',
          current: '990000001',
          resolution_number: '18760000001',
          start_date: '19-01-2019',
          end_date: '19-01-2030',
          technical_key: 'fc8eac422eba16e22ffd8c6f94b3f40a6e38162c',
          is_expired: 0,
          is_active: '1',
        },
      },
    });
    const range = await gateway.get(389, SESSION);
    expect(requests[0].url).toBe('/v2/numbering-ranges/389');
    expect(range).toMatchObject({
      id: 389,
      document: '21',
      documentName: 'Factura de Venta',
      from: 990000000,
      current: 990000001,
      startDate: '2019-01-19',
      endDate: '2030-01-19',
      isExpired: false,
      isActive: true,
    });
  });

  it('turns a Factus 404 into NUMBERING_RANGE_NOT_FOUND', async () => {
    const { gateway } = gatewayWith({
      status: 404,
      body: { status: 'Not Found', message: 'Rango de numeración no encontrado' },
    });
    await expect(gateway.get(1, SESSION)).rejects.toBeInstanceOf(NumberingRangeNotFoundError);
  });

  it('refuses a range without id', async () => {
    const { gateway } = gatewayWith({ status: 200, body: { data: { prefix: 'X' } } });
    await expect(gateway.get(1, SESSION)).rejects.toBeInstanceOf(FactusBadResponseError);
  });

  it.each([
    [
      'a current number that is not a number',
      { current: 'n/a' },
      'data.data[1].current is not an integer',
    ],
    // Before parsing at the edge, a missing bound silently became 0.
    ['a missing upper bound', { to: null }, 'data.data[1].to is missing'],
    ['no prefix', { prefix: '' }, 'data.data[1].prefix is missing'],
    ['a flag that is not one', { is_active: 'yes' }, 'data.data[1].is_active is not a boolean'],
    ['an impossible date', { start_date: '2019-02-30' }, 'data.data[1].start_date is not a date'],
  ])('refuses a list row with %s, naming the field', async (_case, change, detail) => {
    const { gateway } = gatewayWith(page([LIST_ROWS[0], { ...LIST_ROWS[1], ...change }]));
    const error = await gateway.list({}, SESSION).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FactusBadResponseError);
    expect((error as Error).message).toBe(
      `Factus answered GET /v2/numbering-ranges with a body we cannot use: ${detail}.`,
    );
  });

  it('refuses a list whose pagination is unreadable rather than stopping early', async () => {
    const { gateway } = gatewayWith({
      status: 200,
      body: { data: { data: LIST_ROWS, pagination: { current_page: 1, last_page: 'dos' } } },
    });
    await expect(gateway.list({}, SESSION)).rejects.toThrow('data.pagination.last_page');
  });

  it('names the show endpoint template and the field, never the id', async () => {
    const { gateway } = gatewayWith({ status: 200, body: { data: { prefix: 'X' } } });
    const error = await gateway.get(4242, SESSION).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(
      /^Factus answered GET \/v2\/numbering-ranges\/:id with a body we cannot use: data\.id is missing; /,
    );
    expect((error as Error).message).not.toContain('4242');
  });
});
