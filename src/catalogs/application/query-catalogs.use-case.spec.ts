import { CatalogNotFoundError } from '../domain/catalog.errors';
import { CATALOG_NAMES } from '../domain/catalog-names';
import { DianCatalog } from '../domain/dian-catalog';
import { QueryCatalogsUseCase } from './query-catalogs.use-case';

describe('QueryCatalogsUseCase', () => {
  const catalogs = new QueryCatalogsUseCase(new DianCatalog());

  it('summarises every catalogue with its description and size', () => {
    const summary = catalogs.summary();
    expect(summary.map((s) => s.name)).toEqual(CATALOG_NAMES);
    expect(summary.find((s) => s.name === 'municipalities')).toEqual({
      name: 'municipalities',
      description: expect.stringContaining('DIVIPOLA'),
      count: 1122,
    });
  });

  it('finds Bogotá with or without accents, with its department, under one ETag', () => {
    const plain = catalogs.get('municipalities', 'bogota');
    const accented = catalogs.get('municipalities', 'Bogotá');
    expect(plain.body.data[0]).toEqual({
      code: '11001',
      name: 'Bogotá, D.c.',
      department: { code: '11', name: 'Bogota- D.c.' },
    });
    expect(accented.body).toEqual(plain.body);
    expect(accented.etag).toBe(plain.etag);
  });

  it('computes each answer once and tags what is sent', () => {
    const first = catalogs.get('taxes');
    expect(catalogs.get('taxes')).toBe(first);
    expect(first.body).toEqual({
      name: 'taxes',
      data: [
        { code: '01', name: 'Impuesto sobre la Ventas' },
        { code: '04', name: 'Impuesto Nacional al Consumo' },
        { code: '35', name: expect.stringContaining('ultraprocesados') },
      ],
    });
    expect(first.etag).not.toBe(catalogs.get('taxes', 'consumo').etag);
  });

  it('serves only code and name (and department): no published spelling', () => {
    const gk = catalogs.get('unit-measures', 'G K').body.data[0];
    expect(gk).toEqual({ code: 'GK', name: 'gramo por kilogramo' });
  });

  it('answers an empty list for unknown text', () => {
    expect(catalogs.get('countries', 'atlantis').body.data).toEqual([]);
  });

  it('refuses an unknown catalogue, listing the valid names', () => {
    expect(() => catalogs.get('units')).toThrow(CatalogNotFoundError);
    try {
      catalogs.get('units');
    } catch (error) {
      const problem = error as CatalogNotFoundError;
      expect(problem.code).toBe('CATALOG_NOT_FOUND');
      expect(problem.kind).toBe('not_found');
      expect(problem.message).toContain('unit-measures');
      expect(problem.extensions.catalogs).toEqual(CATALOG_NAMES);
    }
  });
});
