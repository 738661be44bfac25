import type { FastifyRequest } from 'fastify';
import type {} from '@fastify/multipart';
import { RequestValidationError } from '../../common/errors/common.errors';
import { LogoTooLargeError } from '../domain/account.errors';
import { LOGO_MAX_BYTES } from '../domain/company-logo';
import { LOGO_FIELD, MULTIPART_LIMITS } from './company-logo.route';

const required = (message: string) => new RequestValidationError([{ field: LOGO_FIELD, message }]);

/**
 * The bytes of the logo in a multipart/form-data request: one file in the field `image`, at
 * most LOGO_MAX_BYTES (the stream is cut there, never buffered whole). Its name and declared type
 * are ignored: the domain reads the type from the bytes.
 */
export async function readLogoPart(request: FastifyRequest): Promise<Buffer> {
  if (!request.isMultipart()) {
    throw required(
      `${LOGO_FIELD} is required: send multipart/form-data with the file in the field ${LOGO_FIELD}`,
    );
  }
  try {
    const part = await request.file({ limits: MULTIPART_LIMITS });
    if (!part) throw required(`${LOGO_FIELD} is required: the form holds no file`);
    if (part.fieldname !== LOGO_FIELD) {
      part.file.resume();
      throw required(
        `${LOGO_FIELD} is required: the file came in the field ${JSON.stringify(part.fieldname.slice(0, 50))}`,
      );
    }
    return await part.toBuffer();
  } catch (error) {
    throw multipartError(error);
  }
}

/** @fastify/multipart's and busboy's errors, as our problems; ours pass through. */
function multipartError(error: unknown): unknown {
  if (!(error instanceof Error) || error instanceof RequestValidationError) return error;
  const code = (error as Error & { code?: unknown }).code;
  if (code === 'FST_REQ_FILE_TOO_LARGE') return new LogoTooLargeError(LOGO_MAX_BYTES);
  if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT') {
    return required(`send one file, in the field ${LOGO_FIELD}, and nothing more`);
  }
  if (
    (typeof code === 'string' && code.startsWith('FST_')) ||
    /multipart|part|form/i.test(error.message)
  ) {
    return required(
      `the multipart/form-data body could not be read: ${error.message.slice(0, 100)}`,
    );
  }
  return error;
}
