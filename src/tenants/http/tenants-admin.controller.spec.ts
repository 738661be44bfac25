import type { FastifyReply } from 'fastify';
import { ADMIN_ROUTE } from '../../common/http/admin-route.decorator';
import type { TenantsConfig } from '../../config/config-tokens';
import { TenantAdminUseCases } from '../application/tenant-admin.use-cases';
import { TenantCheckUseCase } from '../application/tenant-check.use-case';
import { TenantDirectory } from '../application/tenant-directory';
import { InMemoryTenantStore } from '../testing/in-memory-tenant-store';
import { TenantsAdminController } from './tenants-admin.controller';
import type { CreateTenantDto } from './tenant.request.dto';

const CLIENT_SECRET = 'client-secret-that-must-not-leak';
const PASSWORD = 'password-that-must-not-leak';

const body: CreateTenantDto = {
  name: 'ACME S.A.S.',
  nit: '900825759',
  factus: {
    baseUrl: 'https://factus.example',
    clientId: 'client-1',
    clientSecret: CLIENT_SECRET,
    username: 'facturacion@acme.com.co',
    password: PASSWORD,
  },
};

describe('TenantsAdminController', () => {
  let controller: TenantsAdminController;
  let headers: Record<string, string>;
  const reply = {
    header: (name: string, value: string) => {
      headers[name] = value;
      return reply;
    },
  } as unknown as FastifyReply;

  beforeEach(() => {
    headers = {};
    const store = new InMemoryTenantStore(() => new Date('2026-12-01T15:00:00.000Z'));
    const directory = new TenantDirectory(store, { keyCacheMs: 1000 } as TenantsConfig);
    const unused = {} as never;
    controller = new TenantsAdminController(
      new TenantAdminUseCases(store, directory, { now: () => new Date() }),
      new TenantCheckUseCase(store, unused, unused, unused),
    );
  });

  it('is an admin route (the guard asks for an ADMIN_API_KEYS key on every operation)', () => {
    expect(Reflect.getMetadata(ADMIN_ROUTE, TenantsAdminController)).toBe(true);
  });

  it('answers a create with the tenant, its Location, and no secret', async () => {
    const created = await controller.create(body, reply);
    expect(created).toEqual({
      id: created.id,
      name: 'ACME S.A.S.',
      nit: '900825759',
      factus: {
        baseUrl: 'https://factus.example',
        clientId: 'client-1',
        username: 'facturacion@acme.com.co',
      },
      rateLimit: null,
      enabled: true,
      source: 'api',
      createdAt: '2026-12-01T15:00:00.000Z',
      updatedAt: '2026-12-01T15:00:00.000Z',
    });
    expect(headers.location).toBe(`/api/v1/admin/tenants/${created.id}`);
  });

  it('shows no secret in any answer: get, list, patch, disable, enable, keys', async () => {
    const { id } = await controller.create(body, reply);
    const created = await controller.createApiKey(id);
    const answers = [
      await controller.get(id),
      await controller.list(),
      await controller.update(id, { factus: { password: `${PASSWORD}-2` }, rateLimit: 5 }),
      await controller.disable(id),
      await controller.enable(id),
      await controller.listApiKeys(id),
    ];
    const text = JSON.stringify(answers);
    for (const secret of [CLIENT_SECRET, PASSWORD, created.key]) expect(text).not.toContain(secret);
    expect(answers[2]).toMatchObject({ rateLimit: 5, enabled: true });
    expect(answers[5]).toEqual({ data: [{ keyId: created.keyId, createdAt: created.createdAt }] });
  });

  it('shows a new key once, with its id and date', async () => {
    const { id } = await controller.create(body, reply);
    const created = await controller.createApiKey(id);
    expect(Object.keys(created).sort()).toEqual(['createdAt', 'key', 'keyId']);
    expect(created.key.startsWith(`ftk_${created.keyId}_`)).toBe(true);
    await controller.removeApiKey(id, created.keyId);
    expect(await controller.listApiKeys(id)).toEqual({ data: [] });
  });
});
