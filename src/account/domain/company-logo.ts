import { LogoNotPngOrJpegError, LogoTooLargeError } from './account.errors';

/**
 * The company logo (v2 empresas/actualizar-imagen: "archivo de tipo png, jpg o jpeg"). Its type is
 * read from its bytes (the PNG signature, JPEG's SOI marker), never from a name or a header the
 * caller chose. The page gives no size limit: 2 MiB is this service's own (Laravel's usual
 * `max:2048` kilobytes for images), so that a bigger file is refused before it is sent.
 */
export const LOGO_MAX_BYTES = 2 * 1024 * 1024;

export type LogoType = 'png' | 'jpeg';

export interface CompanyLogo {
  type: LogoType;
  content: Buffer;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG_SOI = Buffer.from([0xff, 0xd8, 0xff]);

export function sniffLogoType(content: Buffer): LogoType | undefined {
  if (content.subarray(0, PNG_SIGNATURE.length).equals(PNG_SIGNATURE)) return 'png';
  if (content.subarray(0, JPEG_SOI.length).equals(JPEG_SOI)) return 'jpeg';
  return undefined;
}

/** The logo in `content`, or the error that says why it cannot be one. */
export function companyLogoOf(content: Buffer): CompanyLogo {
  if (content.length > LOGO_MAX_BYTES) throw new LogoTooLargeError(LOGO_MAX_BYTES);
  const type = sniffLogoType(content);
  if (!type) throw new LogoNotPngOrJpegError();
  return { type, content };
}

/** How the logo is named and typed toward the provider: from its sniffed type only. */
export function logoFileOf(logo: CompanyLogo): { fileName: string; contentType: string } {
  return logo.type === 'png'
    ? { fileName: 'logo.png', contentType: 'image/png' }
    : { fileName: 'logo.jpg', contentType: 'image/jpeg' };
}
