import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { ProviderSessionResolver } from '../../auth/application/provider-session.resolver';
import { API_PREFIX } from '../../http/routes';
import { IdempotencyInterceptor } from '../../idempotency/application/idempotency.interceptor';
import { AcceptInvoiceTacitlyUseCase } from '../application/accept-invoice-tacitly.use-case';
import { EmitReceivedInvoiceEventUseCase } from '../application/emit-received-invoice-event.use-case';
import { ListInvoiceEventsUseCase } from '../application/list-invoice-events.use-case';
import { ListReceivedInvoicesUseCase } from '../application/list-received-invoices.use-case';
import { UploadReceivedInvoiceUseCase } from '../application/upload-received-invoice.use-case';
import { InvoiceRadianController } from './invoice-radian.controller';
import { ReceivedInvoicesController } from './received-invoices.controller';

@Module({
  controllers: [InvoiceRadianController, ReceivedInvoicesController],
  providers: [
    { provide: ListInvoiceEventsUseCase, useValue: {} },
    { provide: AcceptInvoiceTacitlyUseCase, useValue: {} },
    { provide: UploadReceivedInvoiceUseCase, useValue: {} },
    { provide: ListReceivedInvoicesUseCase, useValue: {} },
    { provide: EmitReceivedInvoiceEventUseCase, useValue: {} },
    { provide: IdempotencyInterceptor, useValue: { intercept: () => undefined } },
    { provide: ProviderSessionResolver, useValue: {} },
  ],
})
class RadianDocsModule {}

type Examples = Record<string, { value: Record<string, unknown> }>;
type Operation = {
  requestBody?: { content: Record<string, { examples?: Examples }> };
  responses: Record<string, { content?: Record<string, { examples?: Examples }> }>;
};

/** The OpenAPI of the RADIAN controllers alone. */
describe('the RADIAN routes in OpenAPI', () => {
  let app: NestFastifyApplication;
  let document: OpenAPIObject;

  beforeAll(async () => {
    app = await NestFactory.create<NestFastifyApplication>(RadianDocsModule, new FastifyAdapter(), {
      logger: false,
      abortOnError: false,
    });
    app.setGlobalPrefix(API_PREFIX);
    await app.init();
    document = SwaggerModule.createDocument(app, {
      openapi: '3.0.0',
      info: { title: 't', version: '1' },
    });
  });
  afterAll(() => app?.close());

  const operation = (method: string, path: string): Operation =>
    (document.paths[path] as Record<string, Operation>)[method];
  const problemCodes = (op: Operation, status: string) =>
    Object.values(op.responses[status]?.content?.['application/problem+json']?.examples ?? {})
      .map((example) => example.value.code)
      .sort();

  it('documents the five routes', () => {
    const routes = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.keys(item as object).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(routes.sort()).toEqual([
      'GET /api/v1/invoices/{number}/events',
      'GET /api/v1/received-invoices',
      'POST /api/v1/invoices/{number}/events/tacit-acceptance',
      'POST /api/v1/received-invoices',
      'POST /api/v1/received-invoices/{id}/events/{eventType}',
    ]);
  });

  it("shows each route's own problems, not the invoice issue's", () => {
    const tacit = operation('post', '/api/v1/invoices/{number}/events/tacit-acceptance');
    expect(problemCodes(tacit, '409')).toEqual([
      'IDEMPOTENCY_KEY_IN_USE',
      'RADIAN_EVENT_NOT_ALLOWED',
      'RADIAN_EVENT_NOT_ALLOWED',
    ]);
    expect(problemCodes(tacit, '404')).toEqual(['INVOICE_NOT_FOUND']);

    const upload = operation('post', '/api/v1/received-invoices');
    expect(problemCodes(upload, '404')).toEqual(['RECEIVED_INVOICE_NOT_FOUND']);
    expect(problemCodes(upload, '409')).toEqual([
      'IDEMPOTENCY_KEY_IN_USE',
      'RECEIVED_INVOICE_ALREADY_UPLOADED',
    ]);

    const emit = operation('post', '/api/v1/received-invoices/{id}/events/{eventType}');
    expect(problemCodes(emit, '404')).toEqual(['RECEIVED_INVOICE_NOT_FOUND']);
    expect(problemCodes(emit, '422')).toEqual([
      'FACTUS_VALIDATION_FAILED',
      'IDEMPOTENCY_KEY_REUSED',
    ]);
    // A body that is not JSON (BAD_REQUEST) and the Idempotency-Key stay beside our 400s.
    expect(problemCodes(emit, '400')).toEqual([
      'BAD_REQUEST',
      'IDEMPOTENCY_KEY_INVALID',
      'VALIDATION_FAILED',
      'VALIDATION_FAILED',
      'VALIDATION_FAILED',
    ]);
    const fields = Object.values(
      emit.responses['400'].content?.['application/problem+json']?.examples ?? {},
    ).flatMap((e) => ((e.value.errors ?? []) as Array<{ field: string }>).map((x) => x.field));
    expect(fields).toEqual(expect.arrayContaining(['eventType', 'claimConceptCode', 'dv']));
  });

  it('gives every body an example in our camelCase', () => {
    for (const [method, path] of [
      ['post', '/api/v1/invoices/{number}/events/tacit-acceptance'],
      ['post', '/api/v1/received-invoices'],
      ['post', '/api/v1/received-invoices/{id}/events/{eventType}'],
    ]) {
      const examples = operation(method, path).requestBody?.content['application/json']?.examples;
      expect(Object.keys(examples ?? {}).length).toBeGreaterThan(0);
      for (const example of Object.values(examples ?? {}))
        for (const key of Object.keys(example.value)) expect(key).not.toContain('_');
    }
  });
});
