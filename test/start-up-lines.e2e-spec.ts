import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { SIMULATOR_DEMO_ACCOUNT } from '../src/simulator/demo-account';
import { FactusSimulator } from '../src/simulator/factus-simulator';
import { spawnService, ServiceProcess } from './support/service-process';

// Two real processes start here, each through ts-node: sized for a loaded 2-core machine.
jest.setTimeout(120_000);

const NEST_NARRATION = ['InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'NestFactory'];

/** What the real entry point prints while it starts: one line per concern, not per route. */
describe('Start-up lines (e2e, real process)', () => {
  let service: ServiceProcess | undefined;
  let workDir: string;

  beforeEach(() => {
    workDir = mkdtempSync(join(tmpdir(), 'factus-start-up-'));
  });
  afterEach(async () => {
    if (service && service.child.exitCode === null) {
      service.child.kill('SIGTERM');
      await service.exited;
    }
    rmSync(workDir, { recursive: true, force: true });
  });

  const start = async (env: Record<string, string>) => {
    service = spawnService({ PORT: '0', HOST: '127.0.0.1', ...env }, { cwd: workDir });
    const listening = await service.waitForLog((e) => e.msg === 'Factus API listening', 60_000);
    return { running: service, url: listening.url as string };
  };

  it('at info: the Factus target, the shared state and the listening line, no Nest narration', async () => {
    const { running, url } = await start({ LOG_LEVEL: 'info' });
    const startUp = running.logs.map((e) => String(e.msg));
    expect(startUp).toEqual([
      expect.stringMatching(/^Database: embedded PGlite in memory/),
      expect.stringMatching(/^No FACTUS_BASE_URL configured: using the embedded Factus simulator/),
      expect.stringMatching(/^Shared state .* in memory/),
      'Factus API listening',
    ]);
    // A route whose controller and services are injected answers: decorator metadata survived.
    await request(url).get('/api/v1/company').expect(200);
    expect(running.logs.filter((e) => NEST_NARRATION.includes(String(e.context)))).toEqual([]);
  });

  it('at debug: Nest says which modules it loaded and which routes it mapped', async () => {
    const { running } = await start({ LOG_LEVEL: 'debug' });
    const byContext = (context: string) => running.logs.filter((e) => e.context === context);
    expect(byContext('InstanceLoader').length).toBeGreaterThan(10);
    expect(byContext('RouterExplorer').map((e) => e.msg)).toContainEqual(
      expect.stringContaining('{/api/v1/invoices, POST}'),
    );
    expect(byContext('RouterExplorer').every((e) => e.level === 'debug')).toBe(true);
  });

  it('never prints the credentials of a FACTUS_BASE_URL', async () => {
    const simulator = new FactusSimulator();
    const factusUrl = new URL(await simulator.start());
    try {
      factusUrl.username = 'proxy-user';
      factusUrl.password = 'proxy-secret-123';
      const { running } = await start({
        LOG_LEVEL: 'info',
        FACTUS_BASE_URL: factusUrl.toString().replace(/\/$/, ''),
        FACTUS_CLIENT_ID: SIMULATOR_DEMO_ACCOUNT.clientId,
        FACTUS_CLIENT_SECRET: SIMULATOR_DEMO_ACCOUNT.clientSecret,
      });
      const usingFactus = running.logs.find((e) => e.msg === 'Using Factus');
      // The host stays (an operator needs it); user and password are masked (redactUrl).
      expect(usingFactus?.factusUrl).toBe(`http://***:***@${factusUrl.host}`);
      expect(JSON.stringify(running.logs)).not.toContain('proxy-secret-123');
      expect(JSON.stringify(running.logs)).not.toContain('proxy-user');
    } finally {
      await simulator.close();
    }
  });
});
