import type { FastifyReply, FastifyRequest } from 'fastify';
import type {} from '@fastify/multipart';
import type { IncomingMessage } from 'node:http';
import { RequestValidationError } from '../../common/errors/common.errors';
import { LogoTooLargeError } from '../domain/account.errors';
import { LOGO_MAX_BYTES } from '../domain/company-logo';
import {
  LOGO_BODY_MAX_BYTES,
  LOGO_FIELD,
  logoBodyTooLarge,
  MULTIPART_LIMITS,
} from './company-logo.route';

const required = (message: string) => new RequestValidationError([{ field: LOGO_FIELD, message }]);

/**
 * The bytes of the logo in a multipart/form-data request: one non-empty file in the field
 * `image`, at most LOGO_MAX_BYTES. Nothing is buffered beyond that: a declared Content-Length
 * over LOGO_BODY_MAX_BYTES is refused before a byte is read, and the stream is cut once that many
 * bytes came in (a chunked body, a huge preamble, parts after the file). Its name and declared
 * type are ignored: the domain reads the type from the bytes.
 *
 * Whenever the request body was not read to its end, the answer closes the connection (as
 * Fastify does for its own body limit): the caller may still be sending, and those bytes must not
 * be read as the next request nor drained.
 */
export async function readLogoPart(request: FastifyRequest, reply: FastifyReply): Promise<Buffer> {
  try {
    return await readLogo(request);
  } catch (error) {
    if (!request.raw.complete) void reply.header('connection', 'close');
    throw multipartError(error);
  }
}

async function readLogo(request: FastifyRequest): Promise<Buffer> {
  if (!request.isMultipart()) {
    throw required(
      `${LOGO_FIELD} is required: send multipart/form-data with the file in the field ${LOGO_FIELD}`,
    );
  }
  const declared = Number(request.headers['content-length']);
  if (declared > LOGO_BODY_MAX_BYTES) throw logoBodyTooLarge(`${declared} bytes (Content-Length)`);
  // The parts iterator pipes the raw request into busboy before its first await; the counter is
  // attached in the same tick, so it sees every chunk busboy sees.
  const reading = readWholeForm(request);
  const exceeded = capBody(request.raw, LOGO_BODY_MAX_BYTES);
  // Settled or not, a losing read must never surface as an unhandled rejection.
  reading.catch(() => undefined);
  return Promise.race([reading, exceeded]);
}

/**
 * Reads the whole form, so that what follows the file is checked too (a second file, a body cut
 * after it): only a well-formed body with exactly one file, in `image`, is a logo. Small fields
 * (at most MULTIPART_LIMITS.fields) are read and ignored.
 */
async function readWholeForm(request: FastifyRequest): Promise<Buffer> {
  let content: Buffer | undefined;
  for await (const part of request.parts({ limits: MULTIPART_LIMITS })) {
    if (part.type !== 'file') continue;
    if (part.fieldname !== LOGO_FIELD) {
      part.file.resume();
      throw required(
        `${LOGO_FIELD} is required: the file came in the field ${JSON.stringify(part.fieldname.slice(0, 50))}`,
      );
    }
    content = await part.toBuffer();
  }
  if (!content) throw required(`${LOGO_FIELD} is required: the form holds no file`);
  // Laravel's `required` fails an empty upload too: say so rather than "not a PNG or JPEG".
  if (content.length === 0)
    throw required(`${LOGO_FIELD} is required: the file is empty (0 bytes)`);
  return content;
}

/**
 * Counts the body's bytes as they arrive; past `max`, stops feeding the parser and rejects
 * `exceeded`. The rest of the body is left unread (the answer closes the connection).
 */
function capBody(raw: IncomingMessage, max: number): Promise<never> {
  let seen = 0;
  let onData: (chunk: Buffer) => void = () => undefined;
  const exceeded = new Promise<never>((_resolve, reject) => {
    onData = (chunk: Buffer) => {
      seen += chunk.length;
      if (seen <= max) return;
      raw.off('data', onData);
      raw.unpipe();
      raw.pause();
      reject(logoBodyTooLarge(`over ${max} bytes`));
    };
  });
  exceeded.catch(() => undefined);
  raw.on('data', onData);
  raw.once('end', () => raw.off('data', onData));
  return exceeded;
}

/** @fastify/multipart's and busboy's errors, as our problems; ours pass through. */
function multipartError(error: unknown): unknown {
  if (
    !(error instanceof Error) ||
    error instanceof RequestValidationError ||
    error instanceof LogoTooLargeError
  ) {
    return error;
  }
  const code = (error as Error & { code?: unknown }).code;
  if (code === 'FST_REQ_FILE_TOO_LARGE') return new LogoTooLargeError(LOGO_MAX_BYTES);
  if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT') {
    return required(`send one file, in the field ${LOGO_FIELD}, and nothing more`);
  }
  if (
    (typeof code === 'string' && code.startsWith('FST_')) ||
    /multipart|part|form|boundary|header/i.test(error.message)
  ) {
    return required(
      `the multipart/form-data body could not be read: ${error.message.slice(0, 100)}`,
    );
  }
  return error;
}
