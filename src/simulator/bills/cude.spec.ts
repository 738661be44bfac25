import { createHash } from 'node:crypto';
import { cude, CudeInput, cudeSource, SIMULATOR_SOFTWARE_PIN } from './cude';
import { cufe, cufeSource } from './cufe';

const input: CudeInput = {
  number: 'NC1',
  issueDate: '2026-05-13',
  issueTime: '08:21:49-05:00',
  grossAmount: '70000.00',
  ivaAmount: '13300.00',
  incAmount: '0.00',
  icaAmount: '0.00',
  total: '83300.00',
  issuerNit: '901724254',
  customerIdentification: '123456789',
  softwarePin: SIMULATOR_SOFTWARE_PIN,
  environment: '2',
};

describe('cude (DIAN SHA-384 of a credit or debit note)', () => {
  it('concatenates NumNC … NumAdq, the software PIN and the environment in DIAN order', () => {
    expect(cudeSource(input)).toBe(
      'NC12026-05-1308:21:49-05:0070000.000113300.00040.00030.0083300.00' +
        `901724254123456789${SIMULATOR_SOFTWARE_PIN}2`,
    );
  });

  it('is the CUFE concatenation with the PIN where an invoice has the technical key', () => {
    const { softwarePin, ...fields } = input;
    expect(cudeSource(input)).toBe(cufeSource({ ...fields, technicalKey: softwarePin }));
    expect(cude(input)).toBe(cufe({ ...fields, technicalKey: softwarePin }));
  });

  it('is the 96-character lowercase hex SHA-384 of that string, and deterministic', () => {
    const value = cude(input);
    expect(value).toMatch(/^[0-9a-f]{96}$/);
    expect(value).toBe(createHash('sha384').update(cudeSource(input)).digest('hex'));
    expect(cude({ ...input })).toBe(value);
  });

  it('changes with any field, the PIN included', () => {
    expect(cude({ ...input, number: 'NC2' })).not.toBe(cude(input));
    expect(cude({ ...input, ivaAmount: '13300.01' })).not.toBe(cude(input));
    expect(cude({ ...input, softwarePin: '00000' })).not.toBe(cude(input));
    expect(cude({ ...input, environment: '1' })).not.toBe(cude(input));
  });
});
