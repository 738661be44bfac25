import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InMemoryTenantStore } from '../testing/in-memory-tenant-store';
import { TenantsFileError, TenantsFileSource } from '../infrastructure/tenants-file';
import { TenantsFileSync } from './tenants-file-sync';

const source = new TenantsFileSource();
const tenantYaml = (id: string) => `
  - id: ${id}
    name: ${id} S.A.S.
    nit: "900123456"
    factus: { baseUrl: https://api.factus.com.co, clientId: c, clientSecret: s, username: u, password: p }
`;

describe('TenantsFileSync', () => {
  let dir: string;
  let file: string;
  let store: InMemoryTenantStore;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'tenants-sync-'));
    file = join(dir, 'tenants.yaml');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  beforeEach(() => (store = new InMemoryTenantStore()));

  it('makes the declared tenants real, and disables those the file no longer declares', async () => {
    const sync = new TenantsFileSync(store, source, { file });
    writeFileSync(file, `tenants:${tenantYaml('acme')}${tenantYaml('globex')}`);
    expect(await sync.sync()).toEqual({ upserted: 2, disabled: 0 });
    expect(await store.get('acme')).toMatchObject({ source: 'file', enabled: true });

    writeFileSync(file, `tenants:${tenantYaml('acme')}`);
    expect(await sync.sync()).toEqual({ upserted: 1, disabled: 1 });
    expect(await store.get('globex')).toMatchObject({ enabled: false });
  });

  it('changes nothing when the file is bad, and says where', async () => {
    const sync = new TenantsFileSync(store, source, { file });
    const syncDeclared = jest.spyOn(store, 'syncDeclared');
    writeFileSync(file, `tenants:${tenantYaml('acme')}${tenantYaml('Bad_Id')}`);
    const error = await sync.sync().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TenantsFileError);
    expect((error as TenantsFileError).path).toBe('tenants[1].id');
    expect(syncDeclared).not.toHaveBeenCalled();
  });

  it('does nothing without TENANTS_FILE', async () => {
    const syncDeclared = jest.spyOn(store, 'syncDeclared');
    expect(await new TenantsFileSync(store, source, {}).sync()).toEqual({
      upserted: 0,
      disabled: 0,
    });
    expect(syncDeclared).not.toHaveBeenCalled();
  });
});
