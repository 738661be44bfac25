import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { SIMULATOR_DEMO_ACCOUNT } from '../src/simulator/demo-account';
import { FactusSimulator } from '../src/simulator/factus-simulator';
import { newTenantApiKey, type NewTenantApiKey } from '../src/tenants/application/tenant-api-key';
import { TenantsFileWatch } from '../src/tenants/application/tenants-file-watch';
import { officialExampleInvoice } from './support/invoice-fixtures';
import { pollUntil } from './support/ledger-polling';
import { spawnService, type ServiceProcess } from './support/service-process';
import { tenantEnv } from './support/tenants';
import { startTestService, type TestService } from './support/test-service';

// A real service on PostgreSQL and two Factus simulators: sized for a loaded 2-core machine.
jest.setTimeout(120_000);

interface FileTenant {
  id: string;
  factus: FactusSimulator;
  key: NewTenantApiKey;
}

/** One tenant of TENANTS_FILE, in YAML; its key only by its SHA-256. */
function yamlOf(tenant: FileTenant, options: { nit?: string } = {}): string {
  return [
    `  - id: ${tenant.id}`,
    `    name: "${tenant.id} S.A.S."`,
    `    nit: "${options.nit ?? '900123456'}"`,
    '    factus:',
    `      baseUrl: ${tenant.factus.url}`,
    `      clientId: ${SIMULATOR_DEMO_ACCOUNT.clientId}`,
    `      clientSecret: ${SIMULATOR_DEMO_ACCOUNT.clientSecret}`,
    `      username: ${SIMULATOR_DEMO_ACCOUNT.email}`,
    `      password: ${SIMULATOR_DEMO_ACCOUNT.password}`,
    '    apiKeys:',
    `      - keyId: ${tenant.key.keyId}`,
    `        sha256: ${tenant.key.sha256.toString('hex')}`,
  ].join('\n');
}

const fileOf = (...tenants: string[]) => `tenants:\n${tenants.join('\n')}\n`;

/**
 * TENANTS_FILE (issue 17): tenants declared in a mounted file are in place at start-up, read-only
 * through the admin API, and follow the file on reload; a bad file on reload changes nothing.
 */
describe('Tenants: TENANTS_FILE at start-up and on reload (e2e)', () => {
  let dir: string;
  let file: string;
  let service: TestService;
  let admin: { 'X-API-Key': string };
  let one: FileTenant;
  let two: FileTenant;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tenants-file-'));
    file = join(dir, 'tenants.yaml');
    one = await fileTenant('file-one');
    two = await fileTenant('file-two');
    await writeFile(file, fileOf(yamlOf(one)));
    const env: Record<string, string> = {
      ...tenantEnv(),
      TENANTS_FILE: file,
      LEDGER_POLL_MS: '50',
    };
    admin = { 'X-API-Key': env.ADMIN_API_KEYS };
    service = await startTestService({ env, ownFactusConfig: true });
  });

  afterAll(async () => {
    await service?.close();
    await one?.factus.close();
    await two?.factus.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const api = () => request(service.url);
  const keyOf = (tenant: FileTenant) => ({ 'X-API-Key': tenant.key.key });

  it("takes the file's tenant at start-up: its key issues an invoice on its own Factus", async () => {
    const invoice = officialExampleInvoice();
    const issued = await api().post('/api/v1/invoices').set(keyOf(one)).send(invoice);
    expect(issued.status).toBe(201);
    expect(issued.body.status).toBe('validated');
    const atFactus = await request(one.factus.url).get('/__simulator/documents').expect(200);
    expect(
      (atFactus.body.data as Array<{ reference_code: string }>).map((d) => d.reference_code),
    ).toEqual([invoice.referenceCode]);
  });

  it('lists it with source "file" and refuses to change it (409 TENANT_DECLARED_IN_FILE)', async () => {
    const listed = await api().get('/api/v1/admin/tenants').set(admin).expect(200);
    const tenants = listed.body.data as Array<{ id: string; source: string; enabled: boolean }>;
    expect(tenants).toEqual([
      expect.objectContaining({ id: one.id, source: 'file', enabled: true }),
    ]);

    const patched = await api()
      .patch(`/api/v1/admin/tenants/${one.id}`)
      .set(admin)
      .send({ name: 'Renamed S.A.S.' });
    expect(patched.status).toBe(409);
    expect(patched.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(patched.body.code).toBe('TENANT_DECLARED_IN_FILE');
    const shown = await api().get(`/api/v1/admin/tenants/${one.id}`).set(admin).expect(200);
    expect(shown.body.name).toBe(`${one.id} S.A.S.`);
  });

  it('follows the file on reload: a dropped tenant stops, a new one starts', async () => {
    await api().get('/api/v1/documents').set(keyOf(one)).expect(200);
    await api().get('/api/v1/documents').set(keyOf(two)).expect(401);

    await writeFile(file, fileOf(yamlOf(two)));
    // What SIGHUP runs (a real signal to a real process is the next describe's: under Jest the
    // app's `process` is a sandbox copy, and a real SIGHUP would end the Jest process itself).
    await service.app.get(TenantsFileWatch).reload();

    await api().get('/api/v1/documents').set(keyOf(one)).expect(401);
    await api().get('/api/v1/documents').set(keyOf(two)).expect(200);
    const listed = await api().get('/api/v1/admin/tenants').set(admin).expect(200);
    const byId = Object.fromEntries(
      (listed.body.data as Array<{ id: string; enabled: boolean; source: string }>).map((t) => [
        t.id,
        { enabled: t.enabled, source: t.source },
      ]),
    );
    expect(byId).toEqual({
      [one.id]: { enabled: false, source: 'file' },
      [two.id]: { enabled: true, source: 'file' },
    });
    const issued = await api()
      .post('/api/v1/invoices')
      .set(keyOf(two))
      .send(officialExampleInvoice());
    expect(issued.status).toBe(201);
  });

  it('keeps the tenants as they were when the file turns bad, and logs why', async () => {
    // Were it applied, this file would bring tenant one back and drop tenant two.
    await writeFile(
      file,
      fileOf(yamlOf(one), yamlOf(two, { nit: 'not-a-nit' }).replace(two.id, 'file-three')),
    );
    const linesBefore = service.logs.lines.length;
    await service.app.get(TenantsFileWatch).reload();

    await api().get('/api/v1/documents').set(keyOf(one)).expect(401);
    await api().get('/api/v1/documents').set(keyOf(two)).expect(200);
    const logged = service.logs
      .entries()
      .slice(linesBefore)
      .filter((entry) => JSON.stringify(entry).includes('TENANTS_FILE'));
    expect(logged).toEqual([
      expect.objectContaining({
        level: 'error',
        msg: expect.stringContaining('TENANTS_FILE not reloaded'),
        error: expect.stringContaining(`TENANTS_FILE ${file}: tenants[1].nit must be`),
      }),
    ]);

    // Once the file is good again, a reload takes it.
    await writeFile(file, fileOf(yamlOf(one), yamlOf(two)));
    await service.app.get(TenantsFileWatch).reload();
    await api().get('/api/v1/documents').set(keyOf(one)).expect(200);
  });

  it('never logs a key or a Factus secret from the file', () => {
    const text = service.logs.lines.join('\n');
    expect(text).not.toContain(one.key.key);
    expect(text).not.toContain(two.key.key);
    expect(text).not.toContain(SIMULATOR_DEMO_ACCOUNT.clientSecret);
    expect(text).not.toContain(SIMULATOR_DEMO_ACCOUNT.password);
  });
});

/**
 * The SIGHUP path itself: the service as its own process (as production runs it), the file
 * rewritten, `kill -HUP`. (In-process, Jest gives the app a sandbox copy of `process`: a listener
 * there never hears a real signal, which would end the Jest process instead.)
 */
describe('Tenants: TENANTS_FILE reloaded on a real SIGHUP (e2e, real process)', () => {
  let dir: string;
  let file: string;
  let child: ServiceProcess | undefined;
  let url: string;
  let first: FileTenant;
  let second: FileTenant;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tenants-file-hup-'));
    file = join(dir, 'tenants.yaml');
    first = await fileTenant('hup-first');
    second = await fileTenant('hup-second');
    await writeFile(file, fileOf(yamlOf(first)));
    child = spawnService({
      NODE_ENV: 'production',
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      TENANTS_FILE: file,
      ...tenantEnv(),
    });
    const listening = await child.waitForLog(
      (entry) => entry.msg === 'Factus API listening',
      60_000,
    );
    url = listening.url as string;
  });

  afterAll(async () => {
    if (child && child.child.exitCode === null && child.child.signalCode === null) {
      child.child.kill('SIGTERM');
      await child.exited;
    }
    await first?.factus.close();
    await second?.factus.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('takes the rewritten file on SIGHUP and keeps running', async () => {
    const status = async (tenant: FileTenant) =>
      (await request(url).get('/api/v1/documents').set('X-API-Key', tenant.key.key)).status;
    expect([await status(first), await status(second)]).toEqual([200, 401]);

    await writeFile(file, fileOf(yamlOf(second)));
    (child as ServiceProcess).child.kill('SIGHUP');

    await pollUntil(
      async () => [await status(first), await status(second)],
      ([a, b]) => a === 401 && b === 200,
    );
    expect((child as ServiceProcess).child.exitCode).toBeNull();
    expect(
      (child as ServiceProcess).logs.filter(
        (entry) => entry.msg === 'Tenants declared in TENANTS_FILE are in place',
      ),
    ).toHaveLength(2);
    const text =
      JSON.stringify((child as ServiceProcess).logs) + (child as ServiceProcess).stderr();
    expect(text).not.toContain(first.key.key);
    expect(text).not.toContain(SIMULATOR_DEMO_ACCOUNT.password);
  });
});

async function fileTenant(id: string): Promise<FileTenant> {
  const factus = new FactusSimulator();
  await factus.start();
  return { id, factus, key: newTenantApiKey() };
}
