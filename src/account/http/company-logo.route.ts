import { apiPath, ROUTES } from '../../http/routes';
import type { MultipartRoute } from '../../common/http/json-bodies';
import { LogoTooLargeError } from '../domain/account.errors';
import { LOGO_MAX_BYTES } from '../domain/company-logo';

/**
 * The whole multipart body of a logo upload: the file plus its part headers and the few small
 * fields MULTIPART_LIMITS lets through. Past this nothing more of the body is read (413).
 */
export const LOGO_BODY_MAX_BYTES = LOGO_MAX_BYTES + 64 * 1024;

/** The whole body over LOGO_BODY_MAX_BYTES: `bytes` says how much it is (or was seen). */
export function logoBodyTooLarge(bytes: string): LogoTooLargeError {
  return new LogoTooLargeError(
    LOGO_MAX_BYTES,
    `The request body is ${bytes}: a logo upload may be at most ${LOGO_BODY_MAX_BYTES} bytes ` +
      `(the file at most ${LOGO_MAX_BYTES} bytes, plus its part headers).`,
  );
}

/** The logo route, relative to the API prefix (the controller mounts on it). */
export const COMPANY_LOGO_ROUTE = `${ROUTES.company}/logo`;

/**
 * The one route of this API that takes multipart/form-data (every other body is JSON): the app
 * lets multipart through to it alone (configure-app.ts, json-bodies.ts).
 */
export const MULTIPART_ROUTES: readonly MultipartRoute[] = [
  {
    url: apiPath(ROUTES.company, 'logo'),
    maxBodyBytes: LOGO_BODY_MAX_BYTES,
    tooLarge: (declared) => logoBodyTooLarge(`${declared} bytes (Content-Length)`),
  },
];

/** The form field the logo comes in, as Factus names it (v2 empresas/actualizar-imagen). */
export const LOGO_FIELD = 'image';

/** The plugin's limits for any multipart body: one logo's worth (the route asks the same). */
export const MULTIPART_LIMITS = {
  fileSize: LOGO_MAX_BYTES,
  files: 1,
  fields: 10,
  fieldSize: 1024,
  parts: 11,
  // A part's headers (Content-Disposition with a file name, Content-Type) fit in 4 KiB; busboy
  // allows 80 KiB and 2000 pairs. What is over is cut, never kept.
  headerSize: 4096,
  headerPairs: 10,
};
