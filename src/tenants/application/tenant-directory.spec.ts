import type { TenantsConfig } from '../../config/config-tokens';
import type { Tenant } from '../domain/tenant';
import type { StoredApiKey, TenantStore } from '../domain/tenant-store.port';
import { newTenantApiKey } from './tenant-api-key';
import { TenantDirectory } from './tenant-directory';

const TENANT: Tenant = {
  id: 'acme',
  name: 'Acme',
  nit: '900123456',
  factus: {
    baseUrl: 'https://api-sandbox.factus.com.co',
    clientId: 'client',
    clientSecret: 'secret',
    username: 'ops@acme.co',
    password: 'password',
  },
  enabled: true,
  source: 'file',
  createdAt: new Date(0),
  updatedAt: new Date(0),
};

/** A store whose key lookups read what it holds when asked, and answer when the test says so. */
function heldStore() {
  const keys = new Map<string, StoredApiKey>();
  const pending: Array<() => void> = [];
  const store = {
    findApiKey: jest.fn((keyId: string) => {
      const read = keys.get(keyId); // read now, answered later
      return new Promise<StoredApiKey | undefined>((resolve) => pending.push(() => resolve(read)));
    }),
    get: jest.fn((id: string) => Promise.resolve(id === TENANT.id ? TENANT : undefined)),
  };
  const answerAll = () => pending.splice(0).forEach((answer) => answer());
  return { store, keys, answerAll };
}

const directoryOver = (store: object) =>
  new TenantDirectory(store as unknown as TenantStore, { keyCacheMs: 60_000 } as TenantsConfig);

const storedKey = (key: { keyId: string; sha256: Buffer }): StoredApiKey => ({
  keyId: key.keyId,
  tenantId: TENANT.id,
  sha256: key.sha256,
  createdAt: new Date(0),
});

describe('TenantDirectory', () => {
  it('does not cache a key lookup that a forget overtook (TENANTS_FILE applied meanwhile)', async () => {
    const { store, keys, answerAll } = heldStore();
    const directory = directoryOver(store);
    const key = newTenantApiKey();

    // A request with the new key reads the store before the file's tenants are written…
    const early = directory.authenticate(key.key);
    // …the reload writes them and forgets the cache, and only then does the read answer.
    keys.set(key.keyId, storedKey(key));
    directory.forgetAll();
    answerAll();
    expect(await early).toBeUndefined(); // it saw the store as it was

    const next = directory.authenticate(key.key);
    answerAll();
    expect(await next).toEqual(TENANT); // not the stale "no such key" for a minute
    expect(store.findApiKey).toHaveBeenCalledTimes(2);
  });

  it('caches a lookup no forget overtook: one store read per key per cache time', async () => {
    const { store, keys, answerAll } = heldStore();
    const directory = directoryOver(store);
    const key = newTenantApiKey();
    keys.set(key.keyId, storedKey(key));

    const first = directory.authenticate(key.key);
    answerAll();
    expect(await first).toEqual(TENANT);
    expect(await directory.authenticate(key.key)).toEqual(TENANT);
    expect(store.findApiKey).toHaveBeenCalledTimes(1);
  });
});
