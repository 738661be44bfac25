import helmet from '@fastify/helmet';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

/**
 * Helmet's headers with a Content-Security-Policy Swagger UI at /docs still works under: its
 * scripts are files from our origin, but its page and components use inline styles and data:
 * images. No upgrade-insecure-requests: inside a cluster the service is plain HTTP behind TLS
 * termination, and the directive would make browsers fetch /docs assets over HTTPS.
 */
export function registerSecurityHeaders(app: NestFastifyApplication): void {
  void app
    .getHttpAdapter()
    .getInstance()
    .register(helmet, {
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
    });
}
