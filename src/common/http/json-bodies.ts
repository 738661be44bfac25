import type { FastifyInstance } from 'fastify';
import type { IncomingMessage } from 'node:http';
import { UnsupportedMediaTypeError } from '../errors/common.errors';

function hasBody(request: IncomingMessage): boolean {
  const length = request.headers['content-length'];
  return (length !== undefined && length.trim() !== '0') || !!request.headers['transfer-encoding'];
}

function shown(header: string): string {
  return header.length > 100 ? `${header.slice(0, 100)}…` : header;
}

/**
 * Every route of the API that takes a body takes JSON. Anything else is refused before a byte of
 * it is read, with a 415 that names what is accepted: curl's default form encoding (`-d`),
 * text/plain, XML, multipart. A compressed body is refused too (Content-Encoding other than
 * identity): our bodies are small, and inflating a caller's bytes would defeat BODY_LIMIT.
 * The routes named in `multipartRoutes` (the company logo) take multipart/form-data alone.
 */
export function registerJsonOnlyBodies(
  fastify: FastifyInstance,
  /** Route URLs (Fastify's templates) that take multipart/form-data instead, and only that. */
  multipartRoutes: readonly string[] = [],
): void {
  fastify.addHook('onRequest', (request, _reply, done) => {
    if (!hasBody(request.raw)) return done();
    const encoding = request.headers['content-encoding']?.trim().toLowerCase();
    if (encoding && encoding !== 'identity') {
      return done(
        new UnsupportedMediaTypeError(
          `Content-Encoding "${shown(encoding)}" is not accepted: send the application/json body uncompressed.`,
        ),
      );
    }
    const contentType = request.headers['content-type'] ?? '';
    const mediaType = contentType.split(';')[0].trim().toLowerCase();
    if (multipartRoutes.includes(request.routeOptions.url ?? '')) {
      if (mediaType === 'multipart/form-data') return done();
      const got = contentType ? `"${shown(contentType)}"` : 'no Content-Type';
      return done(
        new UnsupportedMediaTypeError(`This route takes multipart/form-data (got ${got}).`, [
          'multipart/form-data',
        ]),
      );
    }
    if (mediaType !== 'application/json') {
      const got = contentType ? `"${shown(contentType)}"` : 'no Content-Type';
      return done(
        new UnsupportedMediaTypeError(
          `This API accepts request bodies as application/json only (got ${got}); send Content-Type: application/json.`,
        ),
      );
    }
    done();
  });
}
