import { cleanPublishedTable } from './catalog-data-flaws';
import { CATALOG_NAMES } from './catalog-names';
import type { CatalogName } from './catalog-names';
import { DianCatalog } from './dian-catalog';
import { PUBLISHED_TABLES } from './published-tables';

/**
 * The data files are kept exactly as Factus publishes them; these are the flaws they carry, each
 * handled in catalog-data-flaws.ts. A refreshed table with a new flaw (or a fixed one) fails the
 * first test, on purpose: look at it, then update the list.
 */
describe('flaws of the published DIAN tables', () => {
  const catalog = new DianCatalog();

  it('are exactly these', () => {
    expect(
      catalog.dataFlaws.map((f) => `${f.catalog} ${JSON.stringify(f.publishedCode)} ${f.kind}`),
    ).toEqual([
      'municipalities "19300" wrong-name',
      'countries "Gu" lowercase-code',
      'currencies "VES7" code-typo',
      'unit-measures "1ª" mistranslated-code',
      'unit-measures "2ª" mistranslated-code',
      'unit-measures "4ª" mistranslated-code',
      'unit-measures "4º" mistranslated-code',
      'unit-measures "5ª" mistranslated-code',
      'unit-measures "A11" garbled-name',
      'unit-measures "C85" garbled-name',
      'unit-measures "KR" garbled-name',
      'unit-measures "MGM" duplicate-code',
      'unit-measures "ONZ" duplicate-code',
      'unit-measures "SÍ" mistranslated-code',
      'unit-measures "G K" whitespace-in-code',
      'unit-measures "ÉL" mistranslated-code',
      'unit-measures "Pi" lowercase-code',
      'unit-measures "PD" duplicate-code',
      'unit-measures "SO" duplicate-code',
      'identification-document-types "91" footnote-asterisk-in-name',
      'customer-tributes "ZZ" footnote-asterisk-in-name',
      'payment-methods "ZZZ" footnote-asterisk-in-name',
      'allowance-charge-concepts "~`00`~" announced-not-available',
      'allowance-charge-concepts "~`01`~" announced-not-available',
      'allowance-charge-concepts "~`02`~" announced-not-available',
    ]);
  });

  it('struck-through allowance/charge concepts "~`00`~ ... (disponible próximamente)" are not usable; 03 is', () => {
    const concepts = catalog.table('allowance-charge-concepts');
    for (const code of ['00', '01', '02', '~`00`~']) expect(concepts.has(code)).toBe(false);
    expect(concepts.announcedOnly('00')).toEqual({
      code: '00',
      name: 'Descuento no condicionado',
    });
    expect(concepts.announcedOnly('02')?.name).toBe('Recargo no condicionado');
    expect(concepts.list()).toEqual([{ code: '03', name: 'Recargo condicionado' }]);
  });

  it('the unit code with a stray space, "G K", is GK and still answers to "G K"', () => {
    expect(catalog.get('unit-measures', 'GK')).toEqual({
      code: 'GK',
      name: 'gramo por kilogramo',
      publishedCode: 'G K',
    });
    expect(catalog.get('unit-measures', 'G K')?.code).toBe('GK');
  });

  it.each([
    ['MGM', 'miligramo', 'megahercio'],
    ['ONZ', 'onza', 'onza av'],
    ['PD', 'almohadilla', 'fuerza de libra por pulgada cuadrada'],
    ['SO', 'carrete', 'madeja'],
  ])('the duplicated unit code %s keeps its first row (%s) and drops "%s"', (code, kept) => {
    const units = catalog.list('unit-measures').filter((e) => e.code === code);
    expect(units).toEqual([{ code, name: kept }]);
  });

  it.each([
    ['1ª', '1A', 'milla de coche'],
    ['2ª', '2A', 'radianes por segundo'],
    ['4ª', '4A', 'bobina'],
    ['4º', '4O', 'microfarad'],
    ['5ª', '5A', 'barril por minuto'],
    ['SÍ', 'AY', 'montaje'],
    ['ÉL', 'HE', 'centésima de quilate'],
    ['Pi', 'PI', 'tono'],
  ])('the machine-translated unit code %s is UN/ECE %s (%s)', (published, code, name) => {
    expect(catalog.get('unit-measures', code)).toEqual({ code, name, publishedCode: published });
    expect(catalog.has('unit-measures', published)).toBe(true);
  });

  it('the lower-case country code Gu is GU (Guam); the currency VES7 is VES', () => {
    expect(catalog.get('countries', 'GU')).toMatchObject({ name: 'Guam', publishedCode: 'Gu' });
    expect(catalog.get('currencies', 'VES')).toMatchObject({
      name: 'Bolívar soberano',
      publishedCode: 'VES7',
    });
  });

  it.each<[CatalogName, string, string]>([
    ['customer-tributes', 'ZZ', 'No aplica'],
    ['identification-document-types', '91', 'NUIP'],
    ['payment-methods', 'ZZZ', 'Otro'],
  ])('the footnote asterisk is dropped from %s %s ("%s *")', (name, code, clean) => {
    expect(catalog.get(name, code)?.name).toBe(clean);
  });

  it.each([
    ['A11', 'ångström'],
    ['C85', 'ångström recíproco'],
    ['KR', 'kiloröntgen'],
  ])('the garbled (mojibake) unit name of %s reads %s', (code, name) => {
    expect(catalog.get('unit-measures', code)?.name).toBe(name);
  });

  it('municipality 19300 is Guachené, not a second Caloto', () => {
    expect(catalog.get('municipalities', '19300')?.name).toBe('Guachené');
    expect(catalog.get('municipalities', '19142')?.name).toBe('Caloto');
  });

  it('fiscal responsibilities are written with the letter O, never the zero of "0-15"', () => {
    const codes = catalog.list('fiscal-responsibilities').map((e) => e.code);
    expect(codes).toEqual(['O-13', 'O-15', 'O-23', 'O-47', 'R-99-PN']);
    for (const zero of ['0-13', '0-15', '0-23', '0-47']) {
      expect(catalog.has('fiscal-responsibilities', zero)).toBe(false);
    }
  });

  describe('after cleaning, every table', () => {
    it.each(CATALOG_NAMES.map((name) => [name]))('%s has unique, clean codes and names', (name) => {
      const entries = catalog.list(name);
      const codes = entries.map((e) => e.code);
      expect(new Set(codes).size).toBe(codes.length);
      for (const { code, name: entryName } of entries) {
        expect(code).toMatch(/^[A-Za-z0-9-]+$/);
        expect(entryName).not.toMatch(/[*~`]|Ã|â €|^\s|\s$/);
      }
    });

    it.each<[CatalogName, RegExp]>([
      ['municipalities', /^\d{5}$/],
      ['countries', /^[A-Z]{2}$/],
      ['currencies', /^[A-Z]{3}$/],
      // COMO (UN/ECE AS, "as" translated) is four letters: word-like codes such as COMO, LUN
      // (MON, month) and ANA (ANN, year) are what DIAN's own list and validator carry, so they stay.
      ['unit-measures', /^[A-Z0-9]{1,4}$/],
    ])('%s codes follow their standard', (name, pattern) => {
      for (const { code } of catalog.list(name)) expect(code).toMatch(pattern);
    });

    it('municipalities sit in the department their code starts with, one name per code', () => {
      const seen = new Set<string>();
      for (const { code, name, department } of catalog.list('municipalities')) {
        expect(department?.code).toBe(code.slice(0, 2));
        const key = `${department?.code} ${name.toLowerCase()}`;
        expect(seen.has(key)).toBe(false);
        seen.add(key);
      }
    });
  });

  it('leaves the published rows untouched', () => {
    const before = JSON.stringify(PUBLISHED_TABLES['unit-measures']);
    cleanPublishedTable('unit-measures', PUBLISHED_TABLES['unit-measures']);
    expect(JSON.stringify(PUBLISHED_TABLES['unit-measures'])).toBe(before);
    expect(PUBLISHED_TABLES['unit-measures'].some((row) => row.code === 'G K')).toBe(true);
  });
});
