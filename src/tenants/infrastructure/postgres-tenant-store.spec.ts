import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { Database } from '../../database/database.tokens';
import { migrateToLatest } from '../../database/migrate';
import { openTestPglite } from '../../database/testing/test-pglite';
import { createTestDatabase } from '../../../test/support/test-database';
import { TENANT_ID_PATTERN } from '../domain/tenant';
import type { DeclaredTenant, NewTenant } from '../domain/tenant-store.port';
import { DeclaredApiKeyConflictError, DeclaredTenantConflictError } from './declared-tenants-sync';
import { PostgresTenantStore } from './postgres-tenant-store';
import { UnknownSecretKeyError, UnreadableSecretError } from './tenant-secret-box';

// A loaded 2-core machine opens and migrates a database per describe.
jest.setTimeout(60_000);

/** The embedded PGlite and the machine's PostgreSQL: the same SQL must hold on both. */
const STORES: [string, () => Promise<{ db: Database; close(): Promise<void> }>][] = [
  [
    'PGlite',
    async () => {
      const db = await openTestPglite();
      await migrateToLatest(db);
      return { db, close: () => db.destroy() };
    },
  ],
  [
    'PostgreSQL',
    async () => {
      const test = await createTestDatabase();
      return { db: test.db, close: () => test.drop() };
    },
  ],
];

const K1 = { id: 'k1', key: randomBytes(32) };
const K2 = { id: 'k2', key: randomBytes(32) };
const T0 = Date.parse('2026-03-02T08:00:00.000Z');
const SECRET = 'client-secret-0123456789abcdef';
const PASSWORD = 'factus-password-0123';

const aTenant = (overrides: Partial<NewTenant> = {}): NewTenant => ({
  name: 'ACME S.A.S.',
  nit: '900123456',
  factus: {
    baseUrl: 'https://api.factus.com.co',
    clientId: 'acme-client',
    clientSecret: SECRET,
    username: 'ops@acme.co',
    password: PASSWORD,
  },
  source: 'api',
  ...overrides,
});

const declared = (id: string, overrides: Partial<DeclaredTenant> = {}): DeclaredTenant => ({
  ...aTenant({ source: 'file' }),
  id,
  enabled: true,
  apiKeys: [{ keyId: `${id.padEnd(6, '0').slice(0, 6)}000001`, sha256: Buffer.alloc(32, 1) }],
  ...overrides,
});

describe.each(STORES)('PostgresTenantStore on %s', (_name, open) => {
  let db: Database;
  let close: () => Promise<void>;
  let clock: { ms: number; now(): Date };
  const storeWith = (keys = [K1]) => new PostgresTenantStore(db, { secretKeys: keys }, clock);

  beforeAll(async () => {
    ({ db, close } = await open());
  });
  afterAll(() => close?.());
  beforeEach(async () => {
    clock = { ms: T0, now: () => new Date((clock.ms += 1000)) };
    await sql`truncate tenants cascade`.execute(db);
  });

  const rawRow = (id: string) =>
    db.selectFrom('tenants').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

  it('creates an enabled tenant with a generated id, its secrets sealed at rest', async () => {
    const store = storeWith();
    const created = await store.create(aTenant({ rateLimit: 40 }));

    expect(created.id).toMatch(/^t[a-z2-7]{11}$/);
    expect(created.id).toMatch(TENANT_ID_PATTERN);
    expect(created).toEqual({
      id: created.id,
      ...aTenant({ rateLimit: 40 }),
      enabled: true,
      createdAt: new Date(T0 + 1000),
      updatedAt: new Date(T0 + 1000),
    });
    expect(await store.get(created.id)).toEqual(created);
    const row = await rawRow(created.id);
    expect(row.client_secret_sealed).toMatch(/^v1\.k1\./);
    expect(JSON.stringify(row)).not.toContain(SECRET);
    expect(JSON.stringify(row)).not.toContain(PASSWORD);
    expect(await store.get('nobody')).toBeUndefined();
  });

  it('lists tenants oldest first', async () => {
    const store = storeWith();
    const first = await store.create(aTenant({ id: 'zeta' }));
    const second = await store.create(aTenant({ id: 'alpha' }));
    expect((await store.list()).map((tenant) => tenant.id)).toEqual([first.id, second.id]);
  });

  it('updates only what a patch names, re-sealing a changed secret; null clears the rate limit', async () => {
    const store = storeWith();
    const { id } = await store.create(aTenant({ rateLimit: 40 }));
    const before = await rawRow(id);

    const updated = await store.update(id, {
      name: 'ACME Colombia',
      factus: { password: 'new-password-0123' },
      rateLimit: null,
      enabled: false,
    });

    expect(updated).toMatchObject({
      name: 'ACME Colombia',
      nit: '900123456',
      enabled: false,
      factus: { ...aTenant().factus, password: 'new-password-0123' },
      updatedAt: new Date(T0 + 2000),
    });
    expect(updated).not.toHaveProperty('rateLimit');
    const after = await rawRow(id);
    expect(after.client_secret_sealed).toBe(before.client_secret_sealed);
    expect(after.password_sealed).not.toBe(before.password_sealed);
    expect(await store.update('nobody', { name: 'x' })).toBeUndefined();
  });

  it('keeps API keys as hashes, finds them by key id, removes them only for their tenant', async () => {
    const store = storeWith();
    const acme = await store.create(aTenant({ id: 'acme' }));
    await store.create(aTenant({ id: 'globex' }));
    const key = {
      keyId: '0123456789ab',
      tenantId: acme.id,
      sha256: randomBytes(32),
      createdAt: new Date(T0),
    };
    await store.addApiKey(key);

    expect(await store.findApiKey('0123456789ab')).toEqual(key);
    expect(await store.listApiKeys('acme')).toEqual([key]);
    expect(await store.listApiKeys('globex')).toEqual([]);
    await expect(store.addApiKey({ ...key, tenantId: 'globex' })).rejects.toThrow();
    expect(await store.removeApiKey('globex', '0123456789ab')).toBe(false);
    expect(await store.removeApiKey('acme', '0123456789ab')).toBe(true);
    expect(await store.findApiKey('0123456789ab')).toBeUndefined();
  });

  it("drops a tenant's keys with the tenant", async () => {
    const store = storeWith();
    await store.create(aTenant({ id: 'acme' }));
    await store.addApiKey({
      keyId: 'aaaaaaaaaaaa',
      tenantId: 'acme',
      sha256: randomBytes(32),
      createdAt: new Date(T0),
    });
    await db.deleteFrom('tenants').where('id', '=', 'acme').execute();
    expect(await store.findApiKey('aaaaaaaaaaaa')).toBeUndefined();
  });

  it('refuses a secret copied onto another tenant', async () => {
    const store = storeWith();
    const acme = await store.create(aTenant({ id: 'acme' }));
    await store.create(aTenant({ id: 'globex' }));
    const sealed = (await rawRow(acme.id)).client_secret_sealed;
    await db
      .updateTable('tenants')
      .set({ client_secret_sealed: sealed })
      .where('id', '=', 'globex')
      .execute();
    await expect(store.get('globex')).rejects.toThrow(UnreadableSecretError);
  });

  it('re-encrypts secrets of an older key with the current one, once', async () => {
    await storeWith([K1]).create(aTenant({ id: 'acme' }));
    await storeWith([K1]).create(aTenant({ id: 'globex' }));
    const rotated = storeWith([K2, K1]);
    await rotated.update('globex', { factus: { password: 'rotated-password' } });

    expect(await rotated.reencryptSecrets()).toBe(2);
    expect(await rotated.reencryptSecrets()).toBe(0);
    const onlyNew = storeWith([K2]);
    expect((await onlyNew.get('acme'))?.factus).toEqual(aTenant().factus);
    expect((await onlyNew.get('globex'))?.factus.password).toBe('rotated-password');
    const error = await storeWith([K1])
      .get('acme')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnknownSecretKeyError);
    expect((error as UnknownSecretKeyError).keyId).toBe('k2');
    // The list leaves out what it cannot open, rather than failing for every tenant.
    await storeWith([K1]).create(aTenant({ id: 'initech' }));
    expect((await storeWith([K1]).list()).map((tenant) => tenant.id)).toEqual(['initech']);
  });
});

describe.each(STORES)('PostgresTenantStore.syncDeclared on %s', (_name, open) => {
  let db: Database;
  let close: () => Promise<void>;
  let clock: { ms: number; now(): Date };
  let store: PostgresTenantStore;

  beforeAll(async () => {
    ({ db, close } = await open());
  });
  afterAll(() => close?.());
  beforeEach(async () => {
    clock = { ms: T0, now: () => new Date((clock.ms += 1000)) };
    store = new PostgresTenantStore(db, { secretKeys: [K1] }, clock);
    await sql`truncate tenants cascade`.execute(db);
  });

  it('creates declared tenants with their keys, as file tenants', async () => {
    const result = await store.syncDeclared([
      declared('acme', { rateLimit: 20 }),
      declared('globex'),
    ]);

    expect(result).toEqual({ upserted: 2, disabled: 0 });
    expect(await store.get('acme')).toMatchObject({
      source: 'file',
      enabled: true,
      rateLimit: 20,
      factus: aTenant().factus,
    });
    expect(await store.listApiKeys('acme')).toEqual([
      {
        keyId: 'acme00000001',
        tenantId: 'acme',
        sha256: Buffer.alloc(32, 1),
        createdAt: new Date(T0 + 1000),
      },
    ]);
  });

  it('leaves an unchanged tenant and its keys as they were on a second sync', async () => {
    await store.syncDeclared([declared('acme')]);
    const before = await db.selectFrom('tenants').selectAll().executeTakeFirstOrThrow();
    const keysBefore = await store.listApiKeys('acme');

    expect(await store.syncDeclared([declared('acme')])).toEqual({ upserted: 1, disabled: 0 });

    expect(await db.selectFrom('tenants').selectAll().executeTakeFirstOrThrow()).toEqual(before);
    expect(await store.listApiKeys('acme')).toEqual(keysBefore);
  });

  it('updates a changed tenant, replaces its keys and disables file tenants no longer declared', async () => {
    await store.syncDeclared([declared('acme'), declared('globex')]);
    const newKey = { keyId: 'bbbbbbbbbbbb', sha256: Buffer.alloc(32, 2) };
    const acme = declared('acme', {
      name: 'ACME Colombia',
      factus: { ...aTenant().factus, clientSecret: 'changed-secret' },
      apiKeys: [newKey],
    });

    expect(await store.syncDeclared([acme])).toEqual({ upserted: 1, disabled: 1 });

    expect(await store.get('acme')).toMatchObject({
      name: 'ACME Colombia',
      factus: { clientSecret: 'changed-secret' },
      createdAt: new Date(T0 + 1000),
    });
    expect((await store.listApiKeys('acme')).map((key) => key.keyId)).toEqual(['bbbbbbbbbbbb']);
    expect(await store.get('globex')).toMatchObject({ enabled: false });
    expect(await store.syncDeclared([acme])).toEqual({ upserted: 1, disabled: 0 });
    // Declared again, it is enabled again.
    expect(await store.syncDeclared([acme, declared('globex')])).toEqual({
      upserted: 2,
      disabled: 0,
    });
    expect(await store.get('globex')).toMatchObject({ enabled: true });
  });

  it('leaves API tenants alone, and refuses a file tenant with the id of one (nothing applied)', async () => {
    await store.create(aTenant({ id: 'acme' }));
    expect(await store.syncDeclared([])).toEqual({ upserted: 0, disabled: 0 });
    expect(await store.get('acme')).toMatchObject({ enabled: true, source: 'api' });

    await expect(store.syncDeclared([declared('globex'), declared('acme')])).rejects.toThrow(
      DeclaredTenantConflictError,
    );
    expect(await store.get('globex')).toBeUndefined();
  });

  it("refuses a declared key that is another tenant's", async () => {
    await store.create(aTenant({ id: 'acme' }));
    await store.addApiKey({
      keyId: 'cccccccccccc',
      tenantId: 'acme',
      sha256: Buffer.alloc(32, 3),
      createdAt: new Date(T0),
    });
    const globex = declared('globex', {
      apiKeys: [{ keyId: 'cccccccccccc', sha256: Buffer.alloc(32, 4) }],
    });

    await expect(store.syncDeclared([globex])).rejects.toThrow(DeclaredApiKeyConflictError);
    expect(await store.findApiKey('cccccccccccc')).toMatchObject({ tenantId: 'acme' });
    expect(await store.get('globex')).toBeUndefined();
  });

  it('re-seals a declared tenant whose secrets are under an older key', async () => {
    await store.syncDeclared([declared('acme')]);
    const rotated = new PostgresTenantStore(db, { secretKeys: [K2, K1] }, clock);
    await rotated.syncDeclared([declared('acme')]);
    const row = await db.selectFrom('tenants').selectAll().executeTakeFirstOrThrow();
    expect(row.client_secret_sealed).toMatch(/^v1\.k2\./);
    expect(row.password_sealed).toMatch(/^v1\.k2\./);
  });
});
