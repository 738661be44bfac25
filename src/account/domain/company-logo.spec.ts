import { LogoNotPngOrJpegError, LogoTooLargeError } from './account.errors';
import { companyLogoOf, LOGO_MAX_BYTES, logoFileOf, sniffLogoType } from './company-logo';

const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from('IHDR'),
]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]);

describe('company logo', () => {
  it('reads PNG and JPEG from their bytes', () => {
    expect(sniffLogoType(PNG)).toBe('png');
    expect(sniffLogoType(JPEG)).toBe('jpeg');
    expect(logoFileOf(companyLogoOf(PNG))).toEqual({
      fileName: 'logo.png',
      contentType: 'image/png',
    });
    expect(logoFileOf(companyLogoOf(JPEG))).toEqual({
      fileName: 'logo.jpg',
      contentType: 'image/jpeg',
    });
  });

  it.each([
    ['a GIF', Buffer.from('GIF89a')],
    ['text', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>')],
    ['a truncated PNG signature', PNG.subarray(0, 7)],
    ['nothing', Buffer.alloc(0)],
  ])('refuses %s', (_what, bytes) => {
    expect(() => companyLogoOf(bytes)).toThrow(LogoNotPngOrJpegError);
  });

  it('refuses a logo over the limit, and takes one at it', () => {
    const atLimit = Buffer.concat([PNG, Buffer.alloc(LOGO_MAX_BYTES - PNG.length)]);
    expect(companyLogoOf(atLimit).type).toBe('png');
    const error = (() => {
      try {
        companyLogoOf(Buffer.concat([atLimit, Buffer.alloc(1)]));
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(LogoTooLargeError);
    expect(error).toMatchObject({ code: 'LOGO_TOO_LARGE', errors: [{ field: 'image' }] });
  });
});
