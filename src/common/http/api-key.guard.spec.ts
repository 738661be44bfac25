import type { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { createHash } from 'node:crypto';
import type { ManagedAccount, TenantApiKeys } from '../../auth/domain/managed-account';
import type { ApiKey } from '../../config/app-config';
import type { TenantsConfig } from '../../config/config-tokens';
import { ApiKeyGuard, RequestWithApiKey } from './api-key.guard';
import { ADMIN_ROUTE } from './admin-route.decorator';
import { SKIP_API_KEY } from './skip-api-key.decorator';

const STATIC_KEY = 'static-key-0123456789abcdef';
const ADMIN_KEY = 'admin-key-0123456789abcdef';
const TENANT_KEY = 'ftk_0123456789ab_valid';
const ACME: ManagedAccount = {
  accountKey: 'tenant:acme',
  client: { tenantId: 'acme', baseUrl: 'http://f', clientId: 'c', clientSecret: 's' },
  username: 'ops@acme.co',
  password: 'p',
};

function keyOf(key: string): ApiKey {
  const sha256 = createHash('sha256').update(key).digest();
  return { id: sha256.toString('hex').slice(0, 8), sha256 };
}

const tenantKeys: TenantApiKeys = {
  isTenantKey: (presented) => presented.startsWith('ftk_'),
  accountOfApiKey: (presented) =>
    Promise.resolve(
      presented === TENANT_KEY ? { account: ACME, keyId: '0123456789ab' } : undefined,
    ),
};

function guard(options: { staticKeys?: string[]; tenantsOnly?: boolean } = {}) {
  const tenants: TenantsConfig = {
    adminKeys: [keyOf(ADMIN_KEY)],
    secretKeys: [],
    tenantsOnly: options.tenantsOnly ?? false,
    keyCacheMs: 0,
  };
  return new ApiKeyGuard(
    new Reflector(),
    { keys: (options.staticKeys ?? [STATIC_KEY]).map(keyOf) },
    tenants,
    tenantKeys,
  );
}

/** A request to a route marked with `metadata`, carrying `key` in X-API-Key. */
function call(metadata: string | undefined, key?: string) {
  const request = { headers: key ? { 'x-api-key': key } : {} } as RequestWithApiKey;
  const handler = () => undefined;
  if (metadata) Reflect.defineMetadata(metadata, true, handler);
  const context = {
    getHandler: () => handler,
    getClass: () => class Route {},
    switchToHttp: () => ({ getRequest: () => request }),
  } as unknown as ExecutionContext;
  return { request, context };
}

async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
}

describe('ApiKeyGuard (who may call what)', () => {
  it('lets a tenant key act for its tenant, and says which key and account', async () => {
    const { request, context } = call(undefined, TENANT_KEY);
    await expect(guard().canActivate(context)).resolves.toBe(true);
    expect(request.account).toBe(ACME);
    expect(request.apiKeyId).toBe('0123456789ab');
  });

  it('keeps API_KEYS keys on the implicit tenant (no account)', async () => {
    const { request, context } = call(undefined, STATIC_KEY);
    await expect(guard().canActivate(context)).resolves.toBe(true);
    expect(request.account).toBeUndefined();
    expect(request.apiKeyId).toBe(keyOf(STATIC_KEY).id);
  });

  it('answers 403 to an admin key on a tenant route and to other keys on an admin route', async () => {
    expect(await codeOf(guard().canActivate(call(undefined, ADMIN_KEY).context))).toBe(
      'TENANT_API_KEY_REQUIRED',
    );
    expect(await codeOf(guard().canActivate(call(ADMIN_ROUTE, TENANT_KEY).context))).toBe(
      'ADMIN_API_KEY_REQUIRED',
    );
    expect(await codeOf(guard().canActivate(call(ADMIN_ROUTE, STATIC_KEY).context))).toBe(
      'ADMIN_API_KEY_REQUIRED',
    );
    const admin = call(ADMIN_ROUTE, ADMIN_KEY);
    await expect(guard().canActivate(admin.context)).resolves.toBe(true);
    expect(admin.request.apiKeyId).toBe(`admin:${keyOf(ADMIN_KEY).id}`);
  });

  it('refuses unknown and missing keys with 401, tenant-shaped ones too', async () => {
    expect(
      await codeOf(guard().canActivate(call(undefined, 'ftk_0123456789ab_nope').context)),
    ).toBe('API_KEY_INVALID');
    expect(await codeOf(guard().canActivate(call(undefined, 'nope-nope-nope-nope').context))).toBe(
      'API_KEY_INVALID',
    );
    expect(await codeOf(guard().canActivate(call(undefined).context))).toBe('API_KEY_REQUIRED');
    expect(await codeOf(guard().canActivate(call(ADMIN_ROUTE).context))).toBe('API_KEY_REQUIRED');
  });

  it('in tenants-only mode wants a tenant key even with no API_KEYS, and takes no API_KEYS key', async () => {
    const only = guard({ staticKeys: [], tenantsOnly: true });
    expect(await codeOf(only.canActivate(call(undefined).context))).toBe('API_KEY_REQUIRED');
    await expect(only.canActivate(call(undefined, TENANT_KEY).context)).resolves.toBe(true);
    const withStatic = guard({ tenantsOnly: true });
    expect(await codeOf(withStatic.canActivate(call(undefined, STATIC_KEY).context))).toBe(
      'API_KEY_INVALID',
    );
  });

  it('leaves keyless deployments open as before, but still checks tenant keys', async () => {
    const open = guard({ staticKeys: [] });
    await expect(open.canActivate(call(undefined).context)).resolves.toBe(true);
    expect(await codeOf(open.canActivate(call(undefined, 'ftk_0123456789ab_nope').context))).toBe(
      'API_KEY_INVALID',
    );
  });

  it('lets @SkipApiKey routes through without a key', async () => {
    await expect(guard().canActivate(call(SKIP_API_KEY).context)).resolves.toBe(true);
  });
});
