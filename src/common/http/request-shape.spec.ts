import { malformedValue, REQUEST_LIMITS } from './request-shape';

describe('malformedValue: text length', () => {
  const long = 'A'.repeat(REQUEST_LIMITS.maxStringLength + 1);

  it('refuses text longer than maxStringLength in any ordinary field, naming it', () => {
    expect(malformedValue({ customer: { names: long } })).toEqual({
      field: 'customer.names',
      message: `customer.names must be at most ${REQUEST_LIMITS.maxStringLength} characters long`,
    });
  });

  it('takes a whole base64 file in pdfBase64Encoded (a real PDF is tens of kilobytes)', () => {
    const pdf = 'J'.repeat(60_784); // the length of the Factus docs' example PDF
    expect(malformedValue({ email: 'a@b.co', pdfBase64Encoded: pdf })).toBeUndefined();
  });

  it('still bounds pdfBase64Encoded, by maxEncodedFileLength', () => {
    const limits = { ...REQUEST_LIMITS, maxEncodedFileLength: 10 };
    expect(malformedValue({ pdfBase64Encoded: 'A'.repeat(11) }, limits)?.field).toBe(
      'pdfBase64Encoded',
    );
  });
});
