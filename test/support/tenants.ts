import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { SIMULATOR_DEMO_ACCOUNT } from '../../src/simulator/demo-account';
import { FactusSimulator } from '../../src/simulator/factus-simulator';
import type { SimulatorSettings } from '../../src/simulator/simulator-options';
import { startTestService, TestService, TestServiceOptions } from './test-service';

/** An admin key and a secrets key made for one test run (never a fixed value). */
export function tenantEnv(): Record<string, string> {
  return {
    ADMIN_API_KEYS: randomBytes(32).toString('hex'),
    TENANT_SECRETS_KEY: `k1:${randomBytes(32).toString('base64')}`,
  };
}

export interface TenantUnderTest {
  id: string;
  /** X-API-Key header with the tenant's key. */
  headers: { 'X-API-Key': string };
  /** Its own Factus: a simulator of its own, as each company has its own Factus account. */
  factus: FactusSimulator;
}

/**
 * A service in tenants-only mode (no FACTUS_BASE_URL; ADMIN_API_KEYS, TENANT_SECRETS_KEY and a
 * database of its own) and the admin key to register tenants with.
 */
export async function startTenantsOnlyService(
  options: Omit<TestServiceOptions, 'ownFactusConfig'> = {},
): Promise<{ service: TestService; admin: { 'X-API-Key': string } }> {
  const env = { ...tenantEnv(), ...options.env };
  const service = await startTestService({ ...options, env, ownFactusConfig: true });
  return { service, admin: { 'X-API-Key': env.ADMIN_API_KEYS.split(',')[0] } };
}

/** Registers a tenant on a fresh simulator of its own, and gives it an API key. */
export async function registerTenant(
  service: TestService,
  admin: { 'X-API-Key': string },
  name: string,
  options: { rateLimit?: number; simulator?: Partial<SimulatorSettings> } = {},
): Promise<TenantUnderTest> {
  const factus = new FactusSimulator({ settings: options.simulator });
  const baseUrl = await factus.start();
  const created = await request(service.url)
    .post('/api/v1/admin/tenants')
    .set(admin)
    .send({
      name,
      nit: '900123456',
      factus: {
        baseUrl,
        clientId: SIMULATOR_DEMO_ACCOUNT.clientId,
        clientSecret: SIMULATOR_DEMO_ACCOUNT.clientSecret,
        username: SIMULATOR_DEMO_ACCOUNT.email,
        password: SIMULATOR_DEMO_ACCOUNT.password,
      },
      ...(options.rateLimit ? { rateLimit: options.rateLimit } : {}),
    });
  if (created.status !== 201) {
    await factus.close();
    throw new Error(`tenant not created: HTTP ${created.status} ${JSON.stringify(created.body)}`);
  }
  const id = (created.body as { id: string }).id;
  const key = await request(service.url)
    .post(`/api/v1/admin/tenants/${id}/api-keys`)
    .set(admin)
    .send({})
    .expect(201);
  return { id, headers: { 'X-API-Key': (key.body as { key: string }).key }, factus };
}
