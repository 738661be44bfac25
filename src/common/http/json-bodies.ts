import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { IncomingMessage } from 'node:http';
import { UnsupportedMediaTypeError } from '../errors/common.errors';

function hasBody(request: IncomingMessage): boolean {
  const length = request.headers['content-length'];
  return (length !== undefined && length.trim() !== '0') || !!request.headers['transfer-encoding'];
}

function shown(header: string): string {
  return header.length > 100 ? `${header.slice(0, 100)}…` : header;
}

/** A route that takes multipart/form-data (a file upload) instead of JSON, and only that. */
export interface MultipartRoute {
  /** Fastify's URL template of the route. */
  url: string;
  /**
   * The most the whole body may declare in Content-Length: over it, `tooLarge` is answered before
   * a byte is read (the handler cuts a chunked body at the same limit while it reads).
   */
  maxBodyBytes: number;
  tooLarge: (declaredBytes: number) => Error;
}

/**
 * Every route of the API that takes a body takes JSON. Anything else is refused before a byte of
 * it is read, with a 415 that names what is accepted: curl's default form encoding (`-d`),
 * text/plain, XML, multipart. A compressed body is refused too (Content-Encoding other than
 * identity): our bodies are small, and inflating a caller's bytes would defeat BODY_LIMIT.
 * The routes named in `multipartRoutes` (the company logo) take multipart/form-data alone; as
 * Fastify's body parser does not read those bodies, their size is checked here from
 * Content-Length, and any answer given before such a body was read to its end closes the
 * connection, so that its unread rest is neither drained nor read as a next request.
 */
export function registerJsonOnlyBodies(
  fastify: FastifyInstance,
  multipartRoutes: readonly MultipartRoute[] = [],
): void {
  const multipartRouteOf = (request: FastifyRequest) =>
    multipartRoutes.find((route) => route.url === request.routeOptions.url);
  fastify.addHook('onRequest', (request, reply, done) => {
    if (!hasBody(request.raw)) return done();
    const multipart = multipartRouteOf(request);
    const expected = multipart ? 'multipart/form-data' : 'application/json';
    const encoding = request.headers['content-encoding']?.trim().toLowerCase();
    if (encoding && encoding !== 'identity') {
      return done(
        new UnsupportedMediaTypeError(
          `Content-Encoding "${shown(encoding)}" is not accepted: send the ${expected} body uncompressed.`,
          [expected],
        ),
      );
    }
    const contentType = request.headers['content-type'] ?? '';
    const mediaType = contentType.split(';')[0].trim().toLowerCase();
    if (multipart) {
      const declared = Number(request.headers['content-length']);
      if (declared > multipart.maxBodyBytes) {
        void reply.header('connection', 'close');
        return done(multipart.tooLarge(declared));
      }
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
  if (multipartRoutes.length === 0) return;
  fastify.addHook('onSend', (request, reply, payload, done) => {
    if (multipartRouteOf(request) && hasBody(request.raw) && !request.raw.complete) {
      void reply.header('connection', 'close');
    }
    done(null, payload);
  });
}
