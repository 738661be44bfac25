import type { TenantsConfig } from '../../config/config-tokens';
import type { DeclaredTenant } from '../domain/tenant-store.port';
import {
  TenantApiKeyNotFoundError,
  TenantDeclaredInFileError,
  TenantNotFoundError,
} from '../domain/tenant.errors';
import { InMemoryTenantStore } from '../testing/in-memory-tenant-store';
import { TenantAdminUseCases, type TenantRequest } from './tenant-admin.use-cases';
import * as apiKeys from './tenant-api-key';
import { sha256Of } from './tenant-api-key';
import { TenantDirectory } from './tenant-directory';

const NOW = new Date('2026-12-01T15:00:00.000Z');

function request(overrides: Partial<TenantRequest> = {}): TenantRequest {
  return {
    name: '  ACME S.A.S. ',
    nit: '900825759',
    factus: {
      baseUrl: 'https://api-sandbox.factus.com.co/',
      clientId: 'client-1',
      clientSecret: 'client-secret-1',
      username: 'facturacion@acme.com.co',
      password: 'password-1',
    },
    ...overrides,
  };
}

function declared(id: string): DeclaredTenant {
  const { name, nit, factus } = request();
  return { id, name, nit, factus, source: 'file', enabled: true, apiKeys: [] };
}

describe('TenantAdminUseCases', () => {
  let store: InMemoryTenantStore;
  let directory: TenantDirectory;
  let tenants: TenantAdminUseCases;

  beforeEach(() => {
    store = new InMemoryTenantStore(() => NOW);
    // A long cache: whatever the directory sees after a change, it sees because it was told.
    directory = new TenantDirectory(store, { keyCacheMs: 3_600_000 } as TenantsConfig);
    tenants = new TenantAdminUseCases(store, directory, { now: () => NOW });
  });

  it('creates an API tenant, enabled, its name trimmed and its base URL without trailing slash', async () => {
    const tenant = await tenants.create(request({ rateLimit: 60 }));
    expect(tenant).toMatchObject({
      name: 'ACME S.A.S.',
      nit: '900825759',
      enabled: true,
      source: 'api',
      rateLimit: 60,
      factus: { baseUrl: 'https://api-sandbox.factus.com.co', clientSecret: 'client-secret-1' },
    });
    expect(await tenants.get(tenant.id)).toEqual(tenant);
    expect(await tenants.list()).toEqual([tenant]);
  });

  it('answers TENANT_NOT_FOUND for an unknown id, on every operation', async () => {
    const attempts = [
      tenants.get('nope'),
      tenants.update('nope', { name: 'X' }),
      tenants.disable('nope'),
      tenants.enable('nope'),
      tenants.createApiKey('nope'),
      tenants.listApiKeys('nope'),
      tenants.removeApiKey('nope', '3f9a1c0b7e52'),
    ];
    for (const attempt of attempts) await expect(attempt).rejects.toThrow(TenantNotFoundError);
  });

  it('updates only what the patch names; a partial factus keeps the other fields; null clears rateLimit', async () => {
    const { id } = await tenants.create(request({ rateLimit: 60 }));
    const updated = await tenants.update(id, {
      factus: { password: 'password-2', baseUrl: 'http://localhost:8080//' },
      rateLimit: null,
    });
    expect(updated.factus).toEqual({
      baseUrl: 'http://localhost:8080',
      clientId: 'client-1',
      clientSecret: 'client-secret-1',
      username: 'facturacion@acme.com.co',
      password: 'password-2',
    });
    expect(updated.rateLimit).toBeUndefined();
    expect(updated.name).toBe('ACME S.A.S.');
  });

  it('disables and enables; this replica refuses the keys of a disabled tenant at once', async () => {
    const { id } = await tenants.create(request());
    const { key } = await tenants.createApiKey(id);
    expect((await directory.authenticate(key))?.id).toBe(id);

    expect((await tenants.disable(id)).enabled).toBe(false);
    expect(await directory.authenticate(key)).toBeUndefined();

    expect((await tenants.enable(id)).enabled).toBe(true);
    expect((await directory.authenticate(key))?.id).toBe(id);
  });

  it("a changed tenant is what the directory gives next (its managed account's new password)", async () => {
    const { id } = await tenants.create(request());
    expect((await directory.accountOf(`tenant:${id}`))?.password).toBe('password-1');
    await tenants.update(id, { factus: { password: 'password-2' } });
    expect((await directory.accountOf(`tenant:${id}`))?.password).toBe('password-2');
  });

  it('creates API keys: the key once, only its SHA-256 stored, listed by id', async () => {
    const { id } = await tenants.create(request());
    const created = await tenants.createApiKey(id);
    expect(created.key).toMatch(new RegExp(`^ftk_${created.keyId}_[A-Za-z0-9_-]{43}$`));
    expect(created.createdAt).toEqual(NOW);

    const stored = await store.findApiKey(created.keyId);
    expect(stored?.sha256.equals(sha256Of(created.key))).toBe(true);
    expect(JSON.stringify(stored)).not.toContain(created.key);

    const second = await tenants.createApiKey(id);
    expect(await tenants.listApiKeys(id)).toEqual([
      { keyId: created.keyId, createdAt: NOW },
      { keyId: second.keyId, createdAt: NOW },
    ]);
  });

  it('a new key works at once even when its id was presented (and cached as unknown) before', async () => {
    const { id } = await tenants.create(request());
    const fixed = apiKeys.newTenantApiKey();
    expect(await directory.authenticate(fixed.key)).toBeUndefined();
    jest.spyOn(apiKeys, 'newTenantApiKey').mockReturnValueOnce(fixed);

    await tenants.createApiKey(id);
    expect((await directory.authenticate(fixed.key))?.id).toBe(id);
  });

  it('removes a key: refused at once by this replica; an unknown key is TENANT_API_KEY_NOT_FOUND', async () => {
    const { id } = await tenants.create(request());
    const { keyId, key } = await tenants.createApiKey(id);
    expect((await directory.authenticate(key))?.id).toBe(id);

    await tenants.removeApiKey(id, keyId);
    expect(await directory.authenticate(key)).toBeUndefined();
    expect(await tenants.listApiKeys(id)).toEqual([]);
    await expect(tenants.removeApiKey(id, keyId)).rejects.toThrow(TenantApiKeyNotFoundError);
  });

  it("does not remove another tenant's key through this one", async () => {
    const first = await tenants.create(request());
    const second = await tenants.create(request({ name: 'Other' }));
    const { keyId } = await tenants.createApiKey(first.id);
    await expect(tenants.removeApiKey(second.id, keyId)).rejects.toThrow(TenantApiKeyNotFoundError);
    expect(await tenants.listApiKeys(first.id)).toHaveLength(1);
  });

  it('reads tenants declared in TENANTS_FILE but refuses every change (TENANT_DECLARED_IN_FILE)', async () => {
    await store.syncDeclared([declared('filed')]);
    expect((await tenants.get('filed')).source).toBe('file');
    expect(await tenants.listApiKeys('filed')).toEqual([]);
    const attempts = [
      tenants.update('filed', { name: 'X' }),
      tenants.disable('filed'),
      tenants.enable('filed'),
      tenants.createApiKey('filed'),
      tenants.removeApiKey('filed', '3f9a1c0b7e52'),
    ];
    for (const attempt of attempts)
      await expect(attempt).rejects.toThrow(TenantDeclaredInFileError);
    expect(await tenants.get('filed')).toMatchObject({
      name: declared('filed').name,
      enabled: true,
    });
  });
});
