import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from './load-config';
import { configErrorOf } from './testing/config-error-of';

const KEY = randomBytes(32);
const OLD_KEY = randomBytes(32);
const SECRETS = `k2:${KEY.toString('base64')},k1:${OLD_KEY.toString('base64')}`;
const ADMIN = 'c1f0a9d25e7b4c3f8a6d0e1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8091a2b3';
const DATABASE_URL = 'postgres://factus:pw@db.internal:5432/factus';
const TENANTS_ONLY = {
  NODE_ENV: 'production',
  ADMIN_API_KEYS: ADMIN,
  TENANT_SECRETS_KEY: SECRETS,
  DATABASE_URL,
};

describe('tenants configuration', () => {
  let dir: string;
  let file: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'tenants-config-'));
    file = join(dir, 'tenants.yaml');
    writeFileSync(file, 'tenants: []\n');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is empty by default, and the service is what it was', () => {
    const config = loadConfig({});
    expect(config.tenants).toEqual({
      adminKeys: [],
      secretKeys: [],
      file: undefined,
      tenantsOnly: false,
      keyCacheMs: 5000,
    });
    expect(config.factus.embeddedSimulator).toBe(true);
  });

  it('runs with tenants only in production when no FACTUS_BASE_URL is set', () => {
    const config = loadConfig(TENANTS_ONLY);
    expect(config.tenants.tenantsOnly).toBe(true);
    expect(config.factus).toMatchObject({
      baseUrl: '',
      clientId: '',
      clientSecret: '',
      embeddedSimulator: false,
      managedUser: undefined,
    });
    expect(config.login.allowManagedUser).toBe(false);
    expect(config.tenants.secretKeys).toEqual([
      { id: 'k2', key: KEY },
      { id: 'k1', key: OLD_KEY },
    ]);
    expect(config.tenants.adminKeys).toHaveLength(1);
    expect(JSON.stringify(config)).not.toContain(ADMIN);
  });

  it('runs with tenants only from TENANTS_FILE alone (no admin API)', () => {
    const { ADMIN_API_KEYS: _admin, ...env } = TENANTS_ONLY;
    const config = loadConfig({ ...env, TENANTS_FILE: file, TENANT_KEY_CACHE_MS: '0' });
    expect(config.tenants).toMatchObject({ tenantsOnly: true, file, keyCacheMs: 0, adminKeys: [] });
  });

  it('keeps the implicit tenant beside registered ones when FACTUS_BASE_URL is set', () => {
    const config = loadConfig({
      ...TENANTS_ONLY,
      FACTUS_BASE_URL: 'https://api.factus.com.co',
      FACTUS_CLIENT_ID: 'id',
      FACTUS_CLIENT_SECRET: 'secret',
    });
    expect(config.tenants.tenantsOnly).toBe(false);
    expect(config.factus.baseUrl).toBe('https://api.factus.com.co');
  });

  it('is not tenants only without a DATABASE_URL (development falls back to the simulator)', () => {
    const { DATABASE_URL: _url, ...env } = TENANTS_ONLY;
    const config = loadConfig({ ...env, NODE_ENV: 'development' });
    expect(config.tenants.tenantsOnly).toBe(false);
    expect(config.factus.embeddedSimulator).toBe(true);
    expect(configErrorOf(env).variable).toBe('FACTUS_BASE_URL');
  });

  it('requires TENANT_SECRETS_KEY with ADMIN_API_KEYS or TENANTS_FILE, with a hint', () => {
    const envs: Record<string, string>[] = [{ ADMIN_API_KEYS: ADMIN }, { TENANTS_FILE: file }];
    for (const env of envs) {
      const error = configErrorOf(env);
      expect(error.variable).toBe('TENANT_SECRETS_KEY');
      expect(error.message).toContain('openssl rand -base64 32');
    }
  });

  it.each([
    ['short', 'k1:' + randomBytes(16).toString('base64'), 'exactly 32 bytes'],
    ['long', 'k1:' + randomBytes(33).toString('base64'), 'exactly 32 bytes'],
    ['not base64', 'k1:' + '*'.repeat(44), 'exactly 32 bytes'],
    ['without an id', KEY.toString('base64'), 'entry #1'],
    ['with a bad id', 'a.b:' + KEY.toString('base64'), 'entry #1'],
    [
      'with a duplicate id',
      `k1:${KEY.toString('base64')},k1:${OLD_KEY.toString('base64')}`,
      'twice',
    ],
  ])('refuses a TENANT_SECRETS_KEY %s, never echoing the key', (_case, value, expectation) => {
    const error = configErrorOf({ TENANT_SECRETS_KEY: value });
    expect(error.variable).toBe('TENANT_SECRETS_KEY');
    expect(error.message).toContain(expectation);
    expect(error.message).not.toContain(value.slice(value.indexOf(':') + 1));
  });

  it('refuses an admin key that is also an API key', () => {
    const error = configErrorOf({
      API_KEYS: ADMIN,
      ADMIN_API_KEYS: ADMIN,
      TENANT_SECRETS_KEY: SECRETS,
    });
    expect(error.variable).toBe('ADMIN_API_KEYS');
    expect(error.message).not.toContain(ADMIN);
  });

  it('holds admin keys to the API_KEYS rules (length; entropy in production)', () => {
    expect(configErrorOf({ ADMIN_API_KEYS: 'short' }).message).toContain('at least 16 characters');
    const weak = configErrorOf({ ...TENANTS_ONLY, ADMIN_API_KEYS: 'aaaaaaaaaaaaaaaaaaaa' });
    expect(weak.variable).toBe('ADMIN_API_KEYS');
    expect(weak.message).toContain('guessable');
  });

  it('refuses a TENANTS_FILE that cannot be read', () => {
    const missing = join(dir, 'missing.yaml');
    const error = configErrorOf({ TENANTS_FILE: missing, TENANT_SECRETS_KEY: SECRETS });
    expect(error.variable).toBe('TENANTS_FILE');
    expect(error.message).toContain(missing);
    expect(configErrorOf({ TENANTS_FILE: dir, TENANT_SECRETS_KEY: SECRETS }).variable).toBe(
      'TENANTS_FILE',
    );
  });

  it('refuses FACTUS_USERNAME and FACTUS_PASSWORD with tenants only', () => {
    expect(configErrorOf({ ...TENANTS_ONLY, FACTUS_USERNAME: 'a@b.co' }).variable).toBe(
      'FACTUS_USERNAME',
    );
    expect(configErrorOf({ ...TENANTS_ONLY, FACTUS_PASSWORD: 'pw' }).variable).toBe(
      'FACTUS_PASSWORD',
    );
  });

  it('bounds TENANT_KEY_CACHE_MS', () => {
    expect(configErrorOf({ TENANT_KEY_CACHE_MS: '600001' }).variable).toBe('TENANT_KEY_CACHE_MS');
  });
});
