import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test, TestingModuleBuilder } from '@nestjs/testing';
import { AppModule } from '../../src/app.module';
import type { AppConfig } from '../../src/config/app-config';
import { loadConfig } from '../../src/config/load-config';
import { configureApp, createFastifyAdapter } from '../../src/configure-app';
import { LOG_DESTINATION } from '../../src/operations/logging/logging.tokens';
import { SIMULATOR_DEMO_ACCOUNT } from '../../src/simulator/demo-account';
import { FactusSimulator } from '../../src/simulator/factus-simulator';
import type { SimulatorSettings } from '../../src/simulator/simulator-options';
import { createTestDatabase, TestDatabase } from './test-database';

/**
 * Every log line the app wrote (pino's JSON lines, as production writes them to stdout), to search
 * for leaked secrets and to follow a request id. Nest's Logger lines written outside any request
 * go to the first app a test file starts (nestjs-pino keeps that logger process-wide).
 */
export class CapturingLogger {
  readonly lines: string[] = [];

  /** pino's destination contract. */
  write(line: string): void {
    this.lines.push(line.trimEnd());
  }

  entries(): Record<string, unknown>[] {
    return this.lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  }
}

export interface TestServiceOptions {
  env?: Record<string, string>;
  simulator?: Partial<SimulatorSettings>;
  /** Point the service at this URL instead of the simulator (e.g. a closed port). */
  factusBaseUrl?: string;
  /** Use this running simulator (shared by several services; not closed by `close`). */
  sharedSimulator?: FactusSimulator;
  override?: (builder: TestingModuleBuilder) => TestingModuleBuilder;
  /**
   * Keep the Factus configuration as the env gives it (no FACTUS_BASE_URL: tenants-only mode, where
   * each tenant names its own Factus), instead of pointing the service at the simulator.
   */
  ownFactusConfig?: boolean;
}

export interface TestService {
  /** Base URL of the service, e.g. http://127.0.0.1:43121 */
  url: string;
  app: NestFastifyApplication;
  config: AppConfig;
  simulator: FactusSimulator;
  logs: CapturingLogger;
  /**
   * The service's DATABASE_URL: a fresh database of its own on the machine's PostgreSQL (migrated
   * by the app at start-up, dropped by `close`), unless the test's env set DATABASE_URL (to share
   * one between services; an empty value means the embedded PGlite, and this is undefined).
   */
  databaseUrl?: string;
  close(): Promise<void>;
}

/** Boots the real app over real HTTP against a fresh simulator on free loopback ports. */
export async function startTestService(options: TestServiceOptions = {}): Promise<TestService> {
  const database =
    options.env?.DATABASE_URL === undefined
      ? await createTestDatabase({ migrate: false })
      : undefined;
  const simulator = options.sharedSimulator ?? new FactusSimulator({ settings: options.simulator });
  try {
    const simulatorUrl = options.sharedSimulator?.url ?? (await simulator.start());
    const service = await startApp(options, simulator, simulatorUrl, database);
    return { ...service, close: () => service.close().finally(() => database?.drop()) };
  } catch (error) {
    // A service that failed to start (a bad config, say) leaves no simulator nor database behind.
    if (!options.sharedSimulator) await simulator.close();
    await database?.drop();
    throw error;
  }
}

async function startApp(
  options: TestServiceOptions,
  simulator: FactusSimulator,
  simulatorUrl: string,
  database: TestDatabase | undefined,
): Promise<TestService> {
  const base = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'verbose',
    FACTUS_TIMEOUT_MS: '2000',
    // Tests send bursts from one address; the inbound limit has its own tests.
    INBOUND_RATE_LIMIT: '0',
    ...(database ? { DATABASE_URL: database.url } : {}),
    ...options.env,
  });
  const config: AppConfig = options.ownFactusConfig
    ? base
    : {
        ...base,
        factus: {
          ...base.factus,
          baseUrl: options.factusBaseUrl ?? simulatorUrl,
          embeddedSimulator: false,
          clientId: SIMULATOR_DEMO_ACCOUNT.clientId,
          clientSecret: SIMULATOR_DEMO_ACCOUNT.clientSecret,
          // Tests are explicit: a managed session only when the test configures FACTUS_USERNAME.
          managedUser: options.env?.FACTUS_USERNAME ? base.factus.managedUser : undefined,
        },
      };
  const logs = new CapturingLogger();
  let builder = Test.createTestingModule({ imports: [AppModule.forRoot(config)] })
    .overrideProvider(LOG_DESTINATION)
    .useValue(logs);
  if (options.override) builder = options.override(builder);
  const moduleRef = await builder.compile();
  const app = moduleRef.createNestApplication<NestFastifyApplication>(
    createFastifyAdapter(config),
    { bufferLogs: true },
  );
  configureApp(app, config);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    app,
    config,
    simulator,
    logs,
    databaseUrl: base.database.url,
    close: async () => {
      await app.close();
      if (!options.sharedSimulator) await simulator.close();
    },
  };
}

export const DEMO_LOGIN = {
  email: 'demo@simulator.factus.local',
  password: 'demo-password',
} as const;

/** Logs in through our own auth route as the simulator's demo user; returns the bearer header. */
export async function loginAsDemo(service: TestService): Promise<{ Authorization: string }> {
  const response = await fetch(`${service.url}/api/v1/auth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(DEMO_LOGIN),
  });
  if (response.status !== 200) throw new Error(`demo login failed with HTTP ${response.status}`);
  const token = (await response.json()) as { accessToken: string };
  return { Authorization: `Bearer ${token.accessToken}` };
}

/** What every error of the API is answered with. */
export const PROBLEM_JSON = /^application\/problem\+json/;
