import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { SIMULATOR_DEMO_ACCOUNT } from '../src/simulator/demo-account';
import { FactusSimulator } from '../src/simulator/factus-simulator';
import { spawnService, ServiceProcess } from './support/service-process';
import { SimulatorControl } from './support/simulator-control';

jest.setTimeout(90_000);

const PROBE = join(__dirname, 'support', 'loaded-simulator-probe.ts');
// 256 random bits in hex, as production requires (openssl rand -hex 32).
const API_KEY = '3f9c2a7e51b04d8c9e6f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f';

/**
 * What the real entry point (src/main.ts, in its own process) loads of the simulator. The probe,
 * preloaded into that process, reports the src/simulator files in its require.cache when it exits,
 * so the simulator this test runs in its own process is never counted.
 */
describe('Bootstrap and the simulator (e2e, real process)', () => {
  let service: ServiceProcess | undefined;
  let workDir: string;

  beforeEach(() => {
    // An empty working directory: no developer's .env is read.
    workDir = mkdtempSync(join(tmpdir(), 'factus-bootstrap-'));
  });
  afterEach(() => {
    if (service?.child.exitCode === null) service.child.kill('SIGKILL');
    rmSync(workDir, { recursive: true, force: true });
  });

  const start = (env: Record<string, string>) => {
    service = spawnService(
      { PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
      { preload: [PROBE], cwd: workDir },
    );
    return service;
  };

  /** Stops the process and returns the simulator files it loaded in its life. */
  const stopAndListSimulatorFiles = async (running: ServiceProcess): Promise<string[]> => {
    running.child.kill('SIGTERM');
    const report = await running.waitForLog((e) => e.msg === 'simulator files loaded');
    expect(await running.exited).toBe(0);
    return report.files as string[];
  };

  it('in production, pointed at a Factus, loads no file of the simulator', async () => {
    const simulator = new FactusSimulator();
    const factusUrl = await simulator.start();
    try {
      const running = start({
        NODE_ENV: 'production',
        FACTUS_BASE_URL: factusUrl,
        FACTUS_CLIENT_ID: SIMULATOR_DEMO_ACCOUNT.clientId,
        FACTUS_CLIENT_SECRET: SIMULATOR_DEMO_ACCOUNT.clientSecret,
        FACTUS_USERNAME: SIMULATOR_DEMO_ACCOUNT.email,
        FACTUS_PASSWORD: SIMULATOR_DEMO_ACCOUNT.password,
        API_KEYS: API_KEY,
      });
      const listening = await running.waitForLog((e) => e.msg === 'Factus API listening');
      expect(running.logs.find((e) => e.msg === 'Using Factus')?.factusUrl).toBe(factusUrl);
      // A real round trip through the whole stack to the simulator this test runs.
      await request(listening.url as string)
        .get('/api/v1/subscription')
        .set('X-API-Key', API_KEY)
        .expect(200);
      const counters = await new SimulatorControl(factusUrl).counters();
      expect(counters.byRoute['GET /v2/subscriptions']).toBe(1);

      expect(await stopAndListSimulatorFiles(running)).toEqual([]);
    } finally {
      await simulator.close();
    }
  });

  it('with no configuration, loads the embedded simulator and serves with its demo session', async () => {
    const running = start({});
    const listening = await running.waitForLog((e) => e.msg === 'Factus API listening');
    const embedded = running.logs.find((e) =>
      String(e.msg).startsWith('No FACTUS_BASE_URL configured'),
    );
    expect(embedded?.msg).toContain('demo user demo@simulator.factus.local');
    expect(embedded?.simulatorUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    // No bearer: the managed session of the simulator's demo user answers (Swagger "Try it out").
    await request(listening.url as string)
      .get('/api/v1/subscription')
      .expect(200);
    const ready = await request(listening.url as string).get('/health/ready');
    expect(ready.body.details.config).toMatchObject({
      factus: 'embedded simulator',
      managedSession: true,
    });

    // The probe does see simulator files when they are loaded: the first test's [] is no blind spot.
    const files = await stopAndListSimulatorFiles(running);
    expect(files).toEqual(expect.arrayContaining(['embedded.ts', 'factus-simulator.ts']));
  });

  it('reads a .env file in its working directory, and a bad value there fails start-up naming it', async () => {
    writeFileSync(join(workDir, '.env'), 'FACTUS_TIMEOUT_MS=soon\n');
    const running = start({});
    expect(await running.exited).toBe(1);
    expect(running.stderr()).toContain('FACTUS_TIMEOUT_MS');
  });
});
