import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TenantsConfig } from '../../config/config-tokens';
import { TenantsFileSource } from '../infrastructure/tenants-file';
import { InMemoryTenantStore } from '../testing/in-memory-tenant-store';
import type { TenantDirectory } from './tenant-directory';
import { TenantsFileSync } from './tenants-file-sync';
import { TenantsFileWatch } from './tenants-file-watch';

const CURRENT = { id: 'k1', key: Buffer.alloc(32, 1) };
const OLDER = { id: 'k0', key: Buffer.alloc(32, 2) };

describe('TenantsFileWatch (start-up)', () => {
  let dir: string;
  let file: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'tenants-watch-'));
    file = join(dir, 'tenants.yaml');
    writeFileSync(
      file,
      `tenants:
  - id: acme
    name: Acme S.A.S.
    nit: "900123456"
    factus: { baseUrl: https://api.factus.com.co, clientId: c, clientSecret: s, username: u, password: p }
`,
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function watch(secretKeys: TenantsConfig['secretKeys']) {
    const store = new InMemoryTenantStore();
    const reencrypt = jest.spyOn(store, 'reencryptSecrets');
    const config = { file, secretKeys } as TenantsConfig;
    const directory = { forgetAll: jest.fn() } as unknown as TenantDirectory;
    const sync = new TenantsFileSync(store, new TenantsFileSource(), config);
    return { store, reencrypt, watch: new TenantsFileWatch(config, store, sync, directory) };
  }

  it('re-seals older-key secrets once at start-up, then syncs the file', async () => {
    const { store, reencrypt, watch: subject } = watch([CURRENT, OLDER]);
    await subject.onApplicationBootstrap();
    subject.beforeApplicationShutdown();
    expect(reencrypt).toHaveBeenCalledTimes(1);
    expect(await store.get('acme')).toMatchObject({ source: 'file', enabled: true });
  });

  it('does not scan for older-key secrets when only one key is configured', async () => {
    const { store, reencrypt, watch: subject } = watch([CURRENT]);
    await subject.onApplicationBootstrap();
    subject.beforeApplicationShutdown();
    expect(reencrypt).not.toHaveBeenCalled();
    expect(await store.get('acme')).toMatchObject({ source: 'file' });
  });

  it('stops listening for SIGHUP at shutdown', async () => {
    const before = process.listenerCount('SIGHUP');
    const { watch: subject } = watch([CURRENT]);
    await subject.onApplicationBootstrap();
    expect(process.listenerCount('SIGHUP')).toBe(before + 1);
    subject.beforeApplicationShutdown();
    expect(process.listenerCount('SIGHUP')).toBe(before);
  });
});
