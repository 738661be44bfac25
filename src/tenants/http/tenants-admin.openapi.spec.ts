import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { problemType } from '../../common/http/problem-details.filter';
import { API_PREFIX } from '../../http/routes';
import { TenantAdminUseCases } from '../application/tenant-admin.use-cases';
import { TenantCheckUseCase } from '../application/tenant-check.use-case';
import { TenantsAdminController } from './tenants-admin.controller';

@Module({
  controllers: [TenantsAdminController],
  providers: [
    { provide: TenantAdminUseCases, useValue: {} },
    { provide: TenantCheckUseCase, useValue: {} },
  ],
})
class AdminDocsModule {}

type Operation = {
  tags?: string[];
  security?: unknown[];
  responses: Record<
    string,
    { content?: Record<string, { examples?: Record<string, { value: Record<string, unknown> }> }> }
  >;
};

/** The OpenAPI of the admin controller alone, as configureApp builds it (prefix included). */
describe('the admin tenants API in OpenAPI', () => {
  let app: NestFastifyApplication;
  let document: OpenAPIObject;

  beforeAll(async () => {
    app = await NestFactory.create<NestFastifyApplication>(AdminDocsModule, new FastifyAdapter(), {
      logger: false,
    });
    app.setGlobalPrefix(API_PREFIX);
    await app.init();
    document = SwaggerModule.createDocument(app, {
      openapi: '3.0.0',
      info: { title: 't', version: '1' },
    });
  });
  afterAll(() => app?.close());

  const operations = () =>
    Object.entries(document.paths).flatMap(([path, item]) =>
      Object.entries(item as Record<string, Operation>).map(([method, operation]) => ({
        at: `${method.toUpperCase()} ${path}`,
        operation,
      })),
    );

  it('has every route of the contract', () => {
    expect(
      operations()
        .map(({ at }) => at)
        .sort(),
    ).toEqual([
      'DELETE /api/v1/admin/tenants/{id}/api-keys/{keyId}',
      'GET /api/v1/admin/tenants',
      'GET /api/v1/admin/tenants/{id}',
      'GET /api/v1/admin/tenants/{id}/api-keys',
      'PATCH /api/v1/admin/tenants/{id}',
      'POST /api/v1/admin/tenants',
      'POST /api/v1/admin/tenants/{id}/api-keys',
      'POST /api/v1/admin/tenants/{id}/check',
      'POST /api/v1/admin/tenants/{id}/disable',
      'POST /api/v1/admin/tenants/{id}/enable',
    ]);
  });

  it('tags each operation admin, names the X-API-Key scheme, and gives each error its examples', () => {
    const wrong = operations().flatMap(({ at, operation }) => {
      const problems: string[] = [];
      if (!operation.tags?.includes('Admin')) problems.push(`${at}: tag`);
      if (JSON.stringify(operation.security) !== JSON.stringify([{ apiKey: [] }]))
        problems.push(`${at}: security`);
      for (const status of ['401', '403', '429'])
        if (!operation.responses[status]) problems.push(`${at}: no ${status}`);
      for (const [status, response] of Object.entries(operation.responses)) {
        if (Number(status) < 400) continue;
        const examples = response.content?.['application/problem+json']?.examples ?? {};
        if (Object.keys(examples).length === 0) problems.push(`${at} ${status}: no example`);
        for (const [name, { value }] of Object.entries(examples))
          if (
            value.status !== Number(status) ||
            value.code !== name ||
            value.type !== problemType(name)
          )
            problems.push(`${at} ${status} ${name}`);
      }
      return problems;
    });
    expect(wrong).toEqual([]);
  });

  it('shows no secret in any answer schema, and takes them in the create body', () => {
    const schemas = document.components?.schemas ?? {};
    const answers = Object.keys(schemas).filter((name) => name.endsWith('ResponseDto'));
    expect(answers).toContain('TenantResponseDto');
    const text = JSON.stringify(answers.map((name) => schemas[name]));
    expect(text).not.toMatch(/clientSecret|password/);
    expect(JSON.stringify(schemas.TenantFactusDto)).toContain('clientSecret');
  });
});
