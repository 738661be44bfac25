import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import request from 'supertest';
import { SIMULATOR_DEMO_ACCOUNT } from '../src/simulator/demo-account';
import { createTestDatabase } from './support/test-database';
import { ServiceProcess, spawnService } from './support/service-process';
import { startTestService, TestService } from './support/test-service';

/** Every migration the service has, in order (a fresh database gets them all). */
const ALL_MIGRATIONS = ['0001-ledger', '0002-webhooks', '0003-tenants'];

// Real processes start here through ts-node, and PGlite boots: sized for a loaded 2-core machine.
jest.setTimeout(180_000);

const SERVER_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
/** Trust auth ignores it: it is here to prove that no log line ever shows it. */
const PASSWORD = 'db-password-9f2c7e';

async function onServer<T>(url: string, run: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function until(probe: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await probe().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`condition not met within ${timeoutMs} ms`);
}

const withPassword = (url: string) => {
  const parsed = new URL(url);
  parsed.password = PASSWORD;
  return parsed.toString();
};

describe('The database (e2e)', () => {
  describe('on PostgreSQL', () => {
    let service: TestService;
    let databaseName: string;

    beforeAll(async () => {
      const database = await createTestDatabase({ migrate: false });
      databaseName = new URL(database.url).pathname.slice(1);
      await database.db.destroy();
      // The service's own fresh database, named with a password that must never be logged.
      service = await startTestService({ env: { DATABASE_URL: withPassword(database.url) } });
    });
    afterAll(async () => {
      await service?.close();
      await onServer(SERVER_URL, (c) =>
        c.query(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`),
      );
    });

    it('migrates it at start-up and is ready, checking it', async () => {
      const tables = await onServer(service.databaseUrl!, async (c) => {
        const { rows } = await c.query<{ name: string }>(
          `select table_name as name from information_schema.tables where table_schema = 'public' order by 1`,
        );
        return rows.map((row) => row.name);
      });
      expect(tables).toEqual(
        expect.arrayContaining(['idempotency_keys', 'ledger_documents', 'ledger_history']),
      );
      const ready = await request(service.url).get('/health/ready');
      expect(ready.body.details?.database ?? ready.body.checks?.database).toMatchObject({
        status: 'up',
        store: 'postgresql',
      });
    });

    it('turns not ready, naming the database, while it refuses connections, and ready again after', async () => {
      const isReady = async () =>
        (await request(service.url).get('/health/ready')).body.checks?.database?.status !== 'down';
      await onServer(SERVER_URL, async (c) => {
        await c.query(`ALTER DATABASE ${databaseName} WITH ALLOW_CONNECTIONS false`);
        await c.query(`select pg_terminate_backend(pid) from pg_stat_activity where datname = $1`, [
          databaseName,
        ]);
      });
      try {
        await until(async () => !(await isReady()));
        const response = await request(service.url).get('/health/ready').expect(503);
        expect(response.body).toMatchObject({
          code: 'NOT_READY',
          checks: { database: { status: 'down', store: 'postgresql' } },
        });
        expect(response.body.detail).toMatch(/database \(no answer to SELECT 1/);
        expect(JSON.stringify(response.body)).not.toContain(PASSWORD);
      } finally {
        await onServer(SERVER_URL, (c) =>
          c.query(`ALTER DATABASE ${databaseName} WITH ALLOW_CONNECTIONS true`),
        );
      }
      await until(isReady);
    });
  });

  it('does not start when the database does not answer, naming DATABASE_URL and not its password', async () => {
    const url = `postgres://factus:${PASSWORD}@127.0.0.1:${await closedPort()}/factus`;
    const failure = startTestService({ env: { DATABASE_URL: url } });
    await expect(failure).rejects.toThrow(
      /The database did not start: DATABASE_URL \(PostgreSQL at 127\.0\.0\.1:\d+\/factus\): .*ECONNREFUSED/,
    );
    await expect(failure).rejects.not.toThrow(PASSWORD);
  });

  it('with DATABASE_MIGRATE_ON_START=false, starts without migrating (a release job does it)', async () => {
    const service = await startTestService({ env: { DATABASE_MIGRATE_ON_START: 'false' } });
    try {
      const migrated = await onServer(service.databaseUrl!, async (c) => {
        const { rows } = await c.query(`select to_regclass('ledger_documents') as t`);
        return rows[0].t !== null;
      });
      expect(migrated).toBe(false);
    } finally {
      await service.close();
    }
  });
});

describe('The database of the real process (e2e)', () => {
  let service: ServiceProcess | undefined;
  let workDir: string;

  beforeEach(() => {
    workDir = mkdtempSync(join(tmpdir(), 'factus-database-'));
  });
  afterEach(async () => {
    if (service && service.child.exitCode === null) {
      service.child.kill('SIGTERM');
      await service.exited;
    }
    rmSync(workDir, { recursive: true, force: true });
  });

  const start = async (env: Record<string, string>) => {
    service = spawnService(
      { PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
      {
        cwd: workDir,
      },
    );
    const listening = await service.waitForLog((e) => e.msg === 'Factus API listening', 120_000);
    return { running: service, url: listening.url as string };
  };
  const stop = async (running: ServiceProcess) => {
    running.child.kill('SIGTERM');
    expect(await running.exited).toBe(0);
  };
  const databaseLine = (running: ServiceProcess) =>
    running.logs.find((e) => String(e.msg).startsWith('Database:'));

  it('without DATABASE_URL, runs on the embedded PGlite in memory, migrated and ready', async () => {
    const { running, url } = await start({ NODE_ENV: 'development' });
    expect(databaseLine(running)).toMatchObject({
      msg: expect.stringMatching(/^Database: embedded PGlite in memory/),
      migrations: ALL_MIGRATIONS,
    });
    await until(async () => {
      const ready = await request(url).get('/health/ready');
      return ready.body.details?.database?.store === 'embedded' && ready.status === 200;
    });
    await stop(running);
  });

  it('with DATA_DIR, keeps the embedded database on disk across restarts (migrated once)', async () => {
    const dataDir = join(workDir, 'data');
    const first = await start({ NODE_ENV: 'test', DATA_DIR: dataDir });
    expect(databaseLine(first.running)).toMatchObject({
      msg: `Database: embedded PGlite on disk at ${join(dataDir, 'pglite')}`,
      migrations: ALL_MIGRATIONS,
    });
    await stop(first.running);
    const second = await start({ NODE_ENV: 'test', DATA_DIR: dataDir });
    expect(databaseLine(second.running)?.migrations).toEqual([]);
    await stop(second.running);
  });

  it('on PostgreSQL, says where the database is, never with its password', async () => {
    const database = await createTestDatabase({ migrate: false });
    try {
      const name = new URL(database.url).pathname.slice(1);
      const { running } = await start({
        NODE_ENV: 'test',
        DATABASE_URL: withPassword(database.url),
      });
      expect(databaseLine(running)).toMatchObject({
        msg: `Database: PostgreSQL at 127.0.0.1:5432/${name}`,
        migrations: ALL_MIGRATIONS,
      });
      expect(JSON.stringify(running.logs)).not.toContain(PASSWORD);
      await stop(running);
    } finally {
      await database.drop();
    }
  });

  it('in production, refuses to start without DATABASE_URL, naming it', async () => {
    service = spawnService(
      {
        NODE_ENV: 'production',
        PORT: '0',
        HOST: '127.0.0.1',
        FACTUS_BASE_URL: 'https://api.factus.com.co',
        FACTUS_CLIENT_ID: SIMULATOR_DEMO_ACCOUNT.clientId,
        FACTUS_CLIENT_SECRET: SIMULATOR_DEMO_ACCOUNT.clientSecret,
      },
      { cwd: workDir, database: 'none' },
    );
    expect(await service.exited).toBe(1);
    expect(service.stderr()).toContain(
      'Invalid configuration: DATABASE_URL is required when NODE_ENV=production',
    );
  });

  it('exits non-zero when its database does not answer, naming DATABASE_URL', async () => {
    service = spawnService(
      {
        NODE_ENV: 'test',
        PORT: '0',
        HOST: '127.0.0.1',
        DATABASE_URL: `postgres://factus:${PASSWORD}@127.0.0.1:${await closedPort()}/factus`,
      },
      { cwd: workDir },
    );
    expect(await service.exited).not.toBe(0);
    expect(service.stderr()).toMatch(/The database did not start: DATABASE_URL .*ECONNREFUSED/);
    expect(service.stderr() + JSON.stringify(service.logs)).not.toContain(PASSWORD);
  });
});
