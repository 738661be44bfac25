import request from 'supertest';
import { SIMULATOR_DEMO_ACCOUNT } from '../src/simulator/demo-account';
import { FactusSimulator } from '../src/simulator/factus-simulator';
import { officialExampleInvoice } from './support/invoice-fixtures';
import { factusDocuments, ledgerRecord, pollUntil } from './support/ledger-polling';
import { ServiceProcess, spawnService } from './support/service-process';
import { SimulatorControl } from './support/simulator-control';
import { createTestDatabase, TestDatabase } from './support/test-database';
import { DEMO_LOGIN } from './support/test-service';

// Two real processes (ts-node) one after the other: sized for a loaded 2-core machine.
jest.setTimeout(90_000);

const API_KEY = 'ledger-crash-test-key-4e8b1d7c0a9f3e6b2d5c8a1f';
/** Factus holds the create this long before answering: the process is killed meanwhile. */
const SEND_LATENCY_MS = 3000;

/**
 * PostgreSQL only: the document must outlive the process that was sending it, in a database
 * both processes reach. The embedded PGlite in memory dies with its process (and one on disk is
 * one process's at a time).
 */
describe('kill -9 while a document is being sent (e2e, real processes, PostgreSQL)', () => {
  let database: TestDatabase;
  let simulator: FactusSimulator;
  const processes: ServiceProcess[] = [];

  beforeAll(async () => {
    database = await createTestDatabase({ migrate: false });
    simulator = new FactusSimulator({ settings: { rateLimit: 100_000 } });
    await simulator.start();
  });
  afterAll(async () => {
    for (const service of processes) {
      if (service.child.exitCode === null && service.child.signalCode === null) {
        service.child.kill('SIGKILL');
        await service.exited;
      }
    }
    await simulator?.close();
    await database?.drop();
  });

  const env = () => ({
    NODE_ENV: 'production',
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
    DATABASE_URL: database.url,
    FACTUS_BASE_URL: simulator.url,
    FACTUS_CLIENT_ID: SIMULATOR_DEMO_ACCOUNT.clientId,
    FACTUS_CLIENT_SECRET: SIMULATOR_DEMO_ACCOUNT.clientSecret,
    // The service's own session: the second process can send what the first one admitted.
    FACTUS_USERNAME: DEMO_LOGIN.email,
    FACTUS_PASSWORD: DEMO_LOGIN.password,
    API_KEYS: API_KEY,
    FACTUS_TIMEOUT_MS: '20000',
    LEDGER_LEASE_MS: '1500',
    LEDGER_POLL_MS: '100',
  });

  async function start(): Promise<string> {
    const service = spawnService(env());
    processes.push(service);
    const listening = await service.waitForLog(
      (entry) => entry.msg === 'Factus API listening',
      60_000,
    );
    const url = listening.url as string;
    await pollUntil(
      async () => (await request(url).get('/health/ready')).status,
      (status) => status === 200,
      30_000,
      50,
    );
    return url;
  }

  it('completes the document on the next process, and Factus holds exactly one for the reference', async () => {
    const sim = new SimulatorControl(simulator.url);
    await sim.fault({
      type: 'latency',
      route: 'POST /v2/bills/validate',
      latencyMs: SEND_LATENCY_MS,
    });
    const first = await start();
    const body = officialExampleInvoice();
    const location = `/api/v1/invoices/by-reference/${body.referenceCode}`;
    await request(first)
      .post('/api/v1/invoices')
      .set('X-API-Key', API_KEY)
      .set('Prefer', 'respond-async')
      .send(body)
      .expect(202);

    // Factus has received the create (the fault is taken on arrival; its log line is written
    // only when it answers): the send is in flight. Kill the process now.
    await pollUntil(
      async () =>
        (await request(simulator.url).get('/__simulator/faults').expect(200)).body
          .data as unknown[],
      (faults) => faults.length === 0,
      20_000,
    );
    const killed = processes[0];
    killed.child.kill('SIGKILL');
    await killed.exited;

    const second = await start();
    const validated = await pollUntil(
      () => ledgerRecord(second, location, { 'X-API-Key': API_KEY }),
      (record) => record.state === 'validated',
      30_000,
      100,
    );
    expect(validated.number).toMatch(/^SETP\d+$/);
    expect(validated.history?.map((entry) => entry.to)).toEqual(
      expect.arrayContaining(['queued', 'sending', 'validated']),
    );

    // The killed process's create finishes at Factus too: count once it has.
    const creates = await pollUntil(
      async () =>
        (await sim.requests()).filter(
          (entry) => entry.method === 'POST' && entry.path === '/v2/bills/validate',
        ),
      (entries) => entries.some((entry) => entry.fault !== undefined),
      SEND_LATENCY_MS + 20_000,
    );
    const held = await factusDocuments(simulator.url, { reference_code: body.referenceCode });
    expect(held).toEqual([
      expect.objectContaining({ number: validated.number, status: 'validated' }),
    ]);
    expect(creates.length === 1 || creates.length === 2).toBe(true);
    // The second process took the expired lease over, and looked the reference up before any resend.
    const takenOver = validated.history?.find(
      (entry) => entry.from === 'sending' && entry.to === 'sending',
    );
    expect(takenOver?.reason).toMatch(/expired; taken over/);
    if (creates.length === 1) expect(validated.history?.at(-1)?.reason).toMatch(/found at Factus/);
    const takeOver = processes[1].logs.find((entry) => String(entry.msg).startsWith('Took over'));
    console.log(
      `kill -9 while sending: ${creates.length} create(s) sent to Factus for ${body.referenceCode}, ` +
        `${held.length} document at Factus, validated as ${validated.number}; ` +
        `taken over by the second process: ${takeOver ? 'yes' : 'no'}; ` +
        `history ${validated.history?.map((entry) => `${entry.to} (${entry.reason})`).join(' → ')}`,
    );
  });
});
