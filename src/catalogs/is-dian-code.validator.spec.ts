import { validateSync } from 'class-validator';
import { IsDianCode } from './is-dian-code.validator';

class Probe {
  @IsDianCode('identification-document-types')
  documentType!: unknown;

  @IsDianCode('municipalities')
  municipality!: unknown;
}

function errorsOf(values: Partial<Probe>): Record<string, string> {
  const probe = Object.assign(new Probe(), { documentType: '13', municipality: '11001' }, values);
  return Object.fromEntries(
    validateSync(probe).map((e) => [e.property, Object.values(e.constraints ?? {})[0]]),
  );
}

describe('IsDianCode', () => {
  it('accepts usable codes, exactly as written', () => {
    expect(errorsOf({})).toEqual({});
  });

  it('names the bad code and lists a small table', () => {
    expect(errorsOf({ documentType: '99' }).documentType).toBe(
      'documentType "99" is not a DIAN identification-document-types code: use one of 11, 12, 13, 21, 22, 31, 41, 42, 47, 48, 50, 91',
    );
  });

  it('points to the catalogue for a large table, and refuses non-strings', () => {
    expect(errorsOf({ municipality: 11001 }).municipality).toContain(
      'a code of GET /api/v1/catalogs/municipalities',
    );
  });
});
