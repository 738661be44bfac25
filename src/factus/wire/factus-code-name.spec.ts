import { codeName, optionalCatalogueEntry, optionalCodeName } from './factus-code-name';

describe('codeName', () => {
  it('reads { code, name } and drops an id or other extras', () => {
    expect(codeName.parse({ id: 7, code: '68872', name: ' Villanueva ', department: {} })).toEqual({
      code: '68872',
      name: 'Villanueva',
    });
  });

  it('writes a numeric code as text and leaves a missing name undefined', () => {
    expect(codeName.parse({ code: 2 })).toEqual({ code: '2', name: undefined });
  });

  it('refuses an entry without code, naming the member', () => {
    const issue = codeName.safeParse({ name: 'No aplica' }).error?.issues[0];
    expect(issue).toMatchObject({ path: ['code'], message: 'is missing' });
    expect(codeName.safeParse('ZZ').success).toBe(false);
  });
});

describe('optionalCodeName', () => {
  it.each([undefined, null, '', { code: null, name: null }, { code: '', name: '' }])(
    'reads %j as not set',
    (input) => {
      expect(optionalCodeName.parse(input)).toBeUndefined();
    },
  );

  it('reads a set entry and still refuses a broken one', () => {
    expect(optionalCodeName.parse({ code: 'ZZ', name: 'No aplica' })).toEqual({
      code: 'ZZ',
      name: 'No aplica',
    });
    expect(optionalCodeName.safeParse({ code: { x: 1 } }).success).toBe(false);
    expect(optionalCodeName.safeParse(42).success).toBe(false);
  });
});

describe('optionalCatalogueEntry', () => {
  const municipality = optionalCatalogueEntry(codeName.extend({ department: codeName }));

  it('reads an extended entry, and an entry without code as not set', () => {
    expect(
      municipality.parse({ code: '68872', name: 'Villanueva', department: { code: '68' } }),
    ).toEqual({ code: '68872', name: 'Villanueva', department: { code: '68', name: undefined } });
    expect(municipality.parse({ code: null, department: null })).toBeUndefined();
  });

  it('refuses a set entry whose extension is broken', () => {
    const issue = municipality.safeParse({ code: '68872', department: 'x' }).error?.issues[0];
    expect(issue?.path).toEqual(['department']);
  });
});
