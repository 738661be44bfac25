import { companyUpdateProblems, CompanyUpdate } from './company-update';

const base: CompanyUpdate = { legalOrganizationCode: '1', municipalityCode: '68679' };

describe('companyUpdateProblems', () => {
  it('requires the company name of a legal person', () => {
    expect(companyUpdateProblems(base)).toEqual([
      {
        field: 'company',
        message: 'company is required for a legal person (legalOrganizationCode 1)',
      },
    ]);
    expect(companyUpdateProblems({ ...base, company: '  ' })).toHaveLength(1);
    expect(companyUpdateProblems({ ...base, company: 'ENIGMA S.A.S.' })).toEqual([]);
  });

  it('requires both names and surnames of a natural person, not a company name', () => {
    const natural = { ...base, legalOrganizationCode: '2' };
    expect(companyUpdateProblems(natural).map((p) => p.field)).toEqual(['names', 'surnames']);
    expect(companyUpdateProblems({ ...natural, names: 'Alan', surnames: '' })).toEqual([
      {
        field: 'surnames',
        message: 'surnames is required for a natural person (legalOrganizationCode 2)',
      },
    ]);
    expect(
      companyUpdateProblems({ ...natural, names: 'Alan', surnames: 'Turing', company: '' }),
    ).toEqual([]);
  });
});
