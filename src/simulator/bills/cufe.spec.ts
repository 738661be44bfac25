import { createHash } from 'node:crypto';
import { cufe, CufeInput, cufeSource } from './cufe';

const input: CufeInput = {
  number: 'SETP990000001',
  issueDate: '2026-05-13',
  issueTime: '08:21:49-05:00',
  grossAmount: '70000.00',
  ivaAmount: '13300.00',
  incAmount: '0.00',
  icaAmount: '0.00',
  total: '83300.00',
  issuerNit: '901724254',
  customerIdentification: '123456789',
  technicalKey: 'fc8eac422eba16e22ffd8c6f94b3f40a6e38162c',
  environment: '2',
};

describe('cufe (DIAN SHA-384)', () => {
  it('concatenates the fields in DIAN order with the tax codes between the amounts', () => {
    expect(cufeSource(input)).toBe(
      'SETP9900000012026-05-1308:21:49-05:0070000.000113300.00040.00030.0083300.00' +
        '901724254123456789fc8eac422eba16e22ffd8c6f94b3f40a6e38162c2',
    );
  });

  it('is the 96-character lowercase hex SHA-384 of that string, and deterministic', () => {
    const value = cufe(input);
    expect(value).toMatch(/^[0-9a-f]{96}$/);
    expect(value).toBe(createHash('sha384').update(cufeSource(input)).digest('hex'));
    expect(cufe({ ...input })).toBe(value);
  });

  it('changes with any field', () => {
    expect(cufe({ ...input, number: 'SETP990000002' })).not.toBe(cufe(input));
    expect(cufe({ ...input, total: '83300.01' })).not.toBe(cufe(input));
    expect(cufe({ ...input, environment: '1' })).not.toBe(cufe(input));
  });
});
