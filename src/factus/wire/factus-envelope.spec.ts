import { z } from 'zod';
import { factusEnvelope, factusPage } from './factus-envelope';
import { looseInteger } from './loose-scalars';

const row = z.object({ id: looseInteger });

describe('factusEnvelope', () => {
  it('reads data through its schema; status and message are informational', () => {
    expect(
      factusEnvelope(row).parse({ status: 'OK', message: 'Solicitud exitosa', data: { id: '4' } }),
    ).toEqual({ status: 'OK', message: 'Solicitud exitosa', data: { id: 4 } });
    expect(factusEnvelope(row).parse({ data: { id: 4 } }).status).toBeUndefined();
  });

  it('is one schema per data schema, so per-request wrapping is not compiled again each time', () => {
    expect(factusEnvelope(row)).toBe(factusEnvelope(row));
    expect(factusEnvelope(z.object({ id: looseInteger }))).not.toBe(factusEnvelope(row));
  });

  it('refuses a body without data', () => {
    const issue = factusEnvelope(row).safeParse({ status: 'OK' }).error?.issues[0];
    expect(issue?.path).toEqual(['data']);
  });
});

describe('factusPage', () => {
  const page = factusPage(row);

  it('reads data.data[] with its pagination, integers as Factus writes them', () => {
    expect(
      page.parse({
        data: [{ id: 1 }],
        pagination: { total: '1', per_page: 10, current_page: 1, last_page: '1', links: [] },
      }),
    ).toEqual({
      data: [{ id: 1 }],
      pagination: { total: 1, per_page: 10, current_page: 1, last_page: 1 },
    });
  });

  it('reads a bare array as a page without pagination', () => {
    expect(page.parse([{ id: 2 }])).toEqual({ data: [{ id: 2 }], pagination: undefined });
  });

  it('refuses a page without a list, a bad row or a bad page number', () => {
    expect(page.safeParse({ rows: [] }).error?.issues[0].path).toEqual(['data']);
    expect(page.safeParse([{ id: 'x' }]).error?.issues[0].path).toEqual(['data', 0, 'id']);
    const badLast = page.safeParse({ data: [], pagination: { last_page: 'many' } });
    expect(badLast.error?.issues[0].path).toEqual(['pagination', 'last_page']);
  });
});
