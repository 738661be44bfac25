import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { API_PREFIX, ROUTES } from './http/routes';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { Logger as PinoNestLogger } from 'nestjs-pino';
import type { AppConfig } from './config/app-config';
import { PROBLEM_CONTENT_TYPE, ProblemDetailsFilter } from './common/http/problem-details.filter';
import { answerClientError } from './common/http/client-error';
import { registerJsonBodyParser } from './common/http/json-body-parser';
import { registerJsonOnlyBodies } from './common/http/json-bodies';
import fastifyMultipart from '@fastify/multipart';
import { MULTIPART_LIMITS, MULTIPART_ROUTES } from './account/http/company-logo.route';
import { requestIdFor } from './common/http/request-id';
import { createValidationPipe } from './common/http/validation.pipe';
import { registerRequestTelemetry } from './operations/http/request-telemetry';
import { registerSecurityHeaders } from './operations/http/security-headers';

export function createFastifyAdapter(config?: Pick<AppConfig, 'http'>): FastifyAdapter {
  return new FastifyAdapter({
    genReqId: requestIdFor,
    trustProxy: config?.http.trustProxy ?? false,
    bodyLimit: config?.http.bodyLimitBytes,
    // A client must send its whole request (headers and body) within this: a body trickled
    // byte by byte, or never finished, would otherwise hold its socket for good.
    requestTimeout: config?.http.requestTimeoutMs,
    // Node looks for requests past their timeout only this often (30 s by default).
    http: config && {
      connectionsCheckingInterval: Math.min(
        30_000,
        Math.max(100, Math.floor(config.http.requestTimeoutMs / 4)),
      ),
    },
    // A socket silent both ways for this long is closed; longer than any answer can take.
    connectionTimeout: config?.http.connectionTimeoutMs,
    // Node's own parser errors and timeouts, as problem+json too.
    clientErrorHandler: answerClientError,
    // Path parameters carry reference codes of up to 100 characters, which percent-encoding can
    // triple (`/` → `%2F`); Fastify's default of 100 would refuse them with 414.
    routerOptions: { maxParamLength: 400 },
    // A URL the router cannot decode (bad percent-encoding) or a parameter over maxParamLength
    // never reaches Nest: without this Fastify answers it with its own application/json.
    frameworkErrors: (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
      const problem = new ProblemDetailsFilter().toProblem(error, request);
      void reply
        .header('x-request-id', request.id)
        .type(PROBLEM_CONTENT_TYPE)
        .status(problem.status)
        .send(problem);
    },
  });
}

/**
 * Everything that makes the app behave as the API it documents, shared by main.ts and the e2e
 * tests so that tests exercise exactly what production runs.
 */
export function configureApp(
  app: NestFastifyApplication,
  config: Pick<AppConfig, 'http' | 'swaggerEnabled'>,
): void {
  // Nest's Logger writes through pino from here on (lines buffered until now are flushed).
  app.useLogger(app.get(PinoNestLogger));
  app.setGlobalPrefix(API_PREFIX, { exclude: [`${ROUTES.health}/{*path}`, ROUTES.metrics] });
  app.useGlobalPipes(createValidationPipe());
  const filter = new ProblemDetailsFilter();
  app.useGlobalFilters(filter);

  // Nest routes Fastify's own errors (malformed JSON, wrong content type, body limit) through the
  // same global filter, so they are problem+json too.
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', (request, reply, done) => {
      void reply.header('x-request-id', request.id);
      done();
    });
  registerJsonOnlyBodies(app.getHttpAdapter().getInstance(), MULTIPART_ROUTES);
  // multipart/form-data reaches only MULTIPART_ROUTES (the hook above refuses it elsewhere).
  void app.register(fastifyMultipart, { limits: MULTIPART_LIMITS });
  registerJsonBodyParser(app, config.http.bodyLimitBytes);
  registerRequestTelemetry(app);
  registerSecurityHeaders(app);
  const server = app.getHttpServer();
  // Connections past the cap are closed by Node at once, before they cost a request.
  if (config.http.maxConnections > 0) server.maxConnections = config.http.maxConnections;
  // Node enforces requestTimeout only while headersTimeout does not exceed it (60 s by default).
  server.headersTimeout = Math.min(server.headersTimeout, config.http.requestTimeoutMs);
  if (config.http.corsOrigins.length > 0) {
    app.enableCors({
      origin: config.http.corsOrigins[0] === '*' ? true : config.http.corsOrigins,
      methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
      allowedHeaders: [
        'content-type',
        'authorization',
        'x-api-key',
        'x-request-id',
        'if-none-match',
        'idempotency-key',
        'prefer',
      ],
      exposedHeaders: [
        'x-request-id',
        'retry-after',
        'location',
        'etag',
        'content-disposition',
        'idempotent-replayed',
        'preference-applied',
      ],
    });
  }

  if (config.swaggerEnabled) {
    SwaggerModule.setup('docs', app, buildOpenApiDocument(app), {
      jsonDocumentUrl: 'docs-json',
      customSiteTitle: 'Factus API',
      swaggerOptions: { persistAuthorization: true, displayRequestDuration: true },
    });
  }
}

export function buildOpenApiDocument(app: NestFastifyApplication): OpenAPIObject {
  const document = new DocumentBuilder()
    .setTitle('Factus API')
    .setDescription(
      'Issue DIAN electronic invoices through Factus (API v2) with one clean JSON request. ' +
        'Every error is `application/problem+json` (RFC 9457) with a stable `code`. ' +
        'Against the built-in simulator, log in with the demo user `demo@simulator.factus.local` / `demo-password` (simulator only).',
    )
    .setVersion('1.0.0')
    .addTag('Auth', 'Factus sessions: log in and renew tokens')
    .addTag(
      'Invoices',
      'Electronic sales invoices: create and validate with DIAN, preview, list, show, download, e-mail, delete',
    )
    .addTag('Credit notes', 'Correct or void an invoice: the invoice lifecycle, identified by CUDE')
    .addTag('Debit notes', 'Charge more on an invoice (interest, expenses, value changes)')
    .addTag(
      'Numbering ranges',
      "The account's DIAN numbering ranges; invoices check their range choice against them",
    )
    .addTag('Catalogs', 'The DIAN code tables (static data, no Factus call), searchable')
    .addTag('Acquirers', "DIAN's acquirer lookup: a customer's name and invoice e-mail")
    .addTag('Account', 'The issuer profile and the document quota (subscription) in Factus')
    .addTag(
      'Admin',
      'Tenants (companies, each with its own Factus account) and their API keys: takes a key from ADMIN_API_KEYS',
    )
    .addApiKey(
      {
        type: 'apiKey',
        in: 'header',
        name: 'X-API-Key',
        description:
          'Your API key: a tenant key (ftk_…), or one of API_KEYS; on the admin routes, one of ADMIN_API_KEYS',
      },
      'apiKey',
    )
    .addBearerAuth(
      {
        type: 'http',
        scheme: 'bearer',
        description: 'A Factus access token from POST /api/v1/auth/token',
      },
      'factus',
    )
    .build();
  return SwaggerModule.createDocument(app, document);
}
