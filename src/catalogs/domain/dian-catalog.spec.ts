import { CATALOG_DESCRIPTIONS, CATALOG_NAMES, isCatalogName } from './catalog-names';
import { DianCatalog } from './dian-catalog';
import type { CatalogName } from './catalog-names';

describe('DianCatalog', () => {
  const catalog = new DianCatalog();

  it('serves every named catalogue, with a description', () => {
    expect(catalog.names).toEqual(CATALOG_NAMES);
    for (const name of CATALOG_NAMES) {
      expect(catalog.list(name).length).toBeGreaterThan(0);
      expect(CATALOG_DESCRIPTIONS[name]).toEqual(expect.any(String));
    }
  });

  it.each<[CatalogName, number]>([
    ['municipalities', 1122],
    ['countries', 249],
    ['currencies', 178],
    ['unit-measures', 1089], // 1,093 published rows less 4 duplicated codes
    ['identification-document-types', 12],
    ['legal-organizations', 2],
    ['customer-tributes', 2],
    ['fiscal-responsibilities', 5],
    ['taxes', 3],
    ['withholdings', 2],
    ['payment-forms', 2],
    ['payment-methods', 10],
    ['document-types', 2],
    ['operation-types', 7],
    ['credit-note-correction-concepts', 6],
    ['debit-note-correction-concepts', 4],
    ['product-standards', 4],
    ['numbering-range-document-types', 6],
    ['allowance-charge-concepts', 1], // 00, 01 and 02 are announced, not usable
  ])('%s has %i usable entries', (name, count) => {
    expect(catalog.list(name)).toHaveLength(count);
  });

  it.each<[CatalogName, string, string]>([
    ['municipalities', '11001', 'Bogotá, D.c.'],
    ['municipalities', '68679', 'San Gil'],
    ['countries', 'CO', 'Colombia'],
    ['currencies', 'USD', 'Dólar estadounidense'],
    ['unit-measures', '94', 'unidad'],
    ['identification-document-types', '31', 'NIT'],
    ['identification-document-types', '48', 'PPT (Permiso Protección Temporal)'],
    ['legal-organizations', '1', 'Persona Jurídica'],
    ['customer-tributes', '01', 'IVA'],
    ['fiscal-responsibilities', 'R-99-PN', 'No responsable'],
    ['taxes', '04', 'Impuesto Nacional al Consumo'],
    ['withholdings', '05', 'Retención sobre el IVA'],
    ['payment-forms', '2', 'Pago a crédito'],
    ['payment-methods', 'ZZZ', 'Otro'],
    ['document-types', '03', 'Instrumento electrónico de transmisión - tipo 03'],
    ['operation-types', 'SS-CUFE', 'Sector Salud - CUFE'],
    ['credit-note-correction-concepts', '2', 'Anulación de factura electrónica'],
    ['debit-note-correction-concepts', '1', 'Intereses'],
    ['product-standards', '999', 'Estándar de adopción del contribuyente'],
    ['numbering-range-document-types', '21', 'Factura de Venta'],
    ['allowance-charge-concepts', '03', 'Recargo condicionado'],
  ])('%s: has and gets %s (%s)', (name, code, entryName) => {
    expect(catalog.has(name, code)).toBe(true);
    expect(catalog.get(name, code)).toMatchObject({ code, name: entryName });
    expect(catalog.table(name).get(code)).toBe(catalog.get(name, code));
  });

  it.each<[CatalogName, string]>([
    ['municipalities', '99999'],
    ['countries', 'co'], // codes are exact, as Factus compares them
    ['currencies', 'COP'], // the invoice currency is never a foreign currency
    ['unit-measures', 'UNIT'],
    ['taxes', '03'], // ICA is a DIAN tribute but not a Factus v2 item tax
    ['withholdings', '07'],
    ['fiscal-responsibilities', '0-15'],
  ])('%s does not have %s', (name, code) => {
    expect(catalog.has(name, code)).toBe(false);
    expect(catalog.get(name, code)).toBeUndefined();
  });

  it('gives municipalities their department', () => {
    expect(catalog.get('municipalities', '05001')).toEqual({
      code: '05001',
      name: 'Medellin',
      department: { code: '05', name: 'Antioquia' },
    });
  });

  describe('search', () => {
    it.each<[CatalogName, string, string]>([
      ['municipalities', 'bogota', '11001'],
      ['municipalities', 'BOGOTÁ D.C.', '11001'],
      ['municipalities', 'san gil', '68679'],
      ['municipalities', 'medellín', '05001'],
      ['municipalities', '68679', '68679'],
      ['municipalities', 'guachene', '19300'],
      ['countries', 'colombia', 'CO'],
      ['countries', 'co', 'CO'], // the exact code ranks first
      ['currencies', 'dolar estadounidense', 'USD'],
      ['unit-measures', 'unidad', '94'],
      ['unit-measures', 'G K', 'GK'],
      ['unit-measures', 'angstrom', 'A11'],
      ['identification-document-types', 'cedula', '13'],
      ['payment-methods', 'tarjeta credito', '48'],
      ['customer-tributes', 'no aplica', 'ZZ'],
      ['operation-types', 'ss-cufe', 'SS-CUFE'],
    ])('%s: "%s" finds %s first', (name, text, code) => {
      expect(catalog.search(name, text)[0]?.code).toBe(code);
    });

    it('matches each word as the start of a word, in any order', () => {
      const names = catalog.search('municipalities', 'quilichao santan').map((e) => e.name);
      expect(names).toEqual(['Santander De Quilichao']);
      expect(catalog.search('municipalities', 'gota')).toEqual([]);
      expect(catalog.search('payment-methods', 'tarjeta').map((e) => e.code)).toEqual(['49', '48']);
    });

    it('lists everything for empty text and nothing for unknown text', () => {
      expect(catalog.search('taxes', '  ')).toEqual(catalog.list('taxes'));
      expect(catalog.search('taxes', 'zzzz')).toEqual([]);
    });
  });

  it('loads the published tables once and shares them', () => {
    expect(new DianCatalog().table('municipalities')).toBe(catalog.table('municipalities'));
  });

  it('hands out frozen entries', () => {
    const entry = catalog.get('countries', 'CO');
    expect(Object.isFrozen(entry)).toBe(true);
  });

  it('can be built from other tables (for tests of its callers)', () => {
    const sources = Object.fromEntries(
      CATALOG_NAMES.map((name) => [name, [{ code: 'X1', name: `only ${name}` }]]),
    ) as unknown as ConstructorParameters<typeof DianCatalog>[0];
    const small = new DianCatalog(sources);
    expect(small.list('taxes')).toEqual([{ code: 'X1', name: 'only taxes' }]);
    expect(small.has('taxes', '01')).toBe(false);
  });

  it('knows its names', () => {
    expect(isCatalogName('unit-measures')).toBe(true);
    expect(isCatalogName('units')).toBe(false);
  });
});
