import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import helmet, { type HelmetOptions } from 'helmet';
import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Helmet's headers with a Content-Security-Policy Swagger UI at /docs still works under: its
 * scripts are files from our origin, but its page and components use inline styles and data:
 * images. No upgrade-insecure-requests: inside a cluster the service is plain HTTP behind TLS
 * termination, and the directive would make browsers fetch /docs assets over HTTPS.
 */
export const SECURITY_HEADER_OPTIONS: Readonly<HelmetOptions> = {
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      baseUri: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      frameAncestors: ["'none'"],
      formAction: ["'self'"],
    },
  },
  // Nothing here is meant to be framed; the same as frame-ancestors 'none' for old browsers.
  frameguard: { action: 'deny' },
};

/**
 * The headers helmet sets for these options, computed once by running its middleware on a
 * recording response. They depend on nothing in the request (no nonces), so every answer can
 * get the same ones; @fastify/helmet rebuilt helmet for every request (~2 % of a show's CPU).
 */
export function securityHeaders(options: Readonly<HelmetOptions>): Record<string, string> {
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader(name: string, value: string | number | readonly string[]) {
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
    },
    removeHeader(name: string) {
      delete headers[name.toLowerCase()];
    },
  };
  let failure: Error | undefined;
  helmet(options)(
    {} as IncomingMessage,
    recorder as unknown as ServerResponse,
    (error?: unknown) => {
      if (error) failure = error instanceof Error ? error : new Error('helmet refused its options');
    },
  );
  if (failure) throw failure;
  return headers;
}

export function registerSecurityHeaders(app: NestFastifyApplication): void {
  const headers = securityHeaders(SECURITY_HEADER_OPTIONS);
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', (_request, reply, done) => {
      void reply.headers(headers);
      done();
    });
}
