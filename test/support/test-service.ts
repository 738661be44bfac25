import { LoggerService } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test, TestingModuleBuilder } from '@nestjs/testing';
import { AppModule } from '../../src/app.module';
import type { AppConfig } from '../../src/config/app-config';
import { loadConfig } from '../../src/config/load-config';
import { configureApp, createFastifyAdapter } from '../../src/configure-app';
import { FactusSimulator } from '../../src/simulator/factus-simulator';
import type { SimulatorSettings } from '../../src/simulator/simulator-options';

/** Every log line the app wrote during a test, to search for leaked secrets. */
export class CapturingLogger implements LoggerService {
  readonly lines: string[] = [];
  private push(level: string, message: unknown, params: unknown[]) {
    this.lines.push(
      [level, message, ...params]
        .map((p) => (typeof p === 'string' ? p : JSON.stringify(p)))
        .join(' '),
    );
  }
  log(message: unknown, ...params: unknown[]) {
    this.push('log', message, params);
  }
  error(message: unknown, ...params: unknown[]) {
    this.push('error', message, params);
  }
  warn(message: unknown, ...params: unknown[]) {
    this.push('warn', message, params);
  }
  debug(message: unknown, ...params: unknown[]) {
    this.push('debug', message, params);
  }
  verbose(message: unknown, ...params: unknown[]) {
    this.push('verbose', message, params);
  }
  fatal(message: unknown, ...params: unknown[]) {
    this.push('fatal', message, params);
  }
}

export interface TestServiceOptions {
  env?: Record<string, string>;
  simulator?: Partial<SimulatorSettings>;
  /** Point the service at this URL instead of the simulator (e.g. a closed port). */
  factusBaseUrl?: string;
  override?: (builder: TestingModuleBuilder) => TestingModuleBuilder;
}

export interface TestService {
  /** Base URL of the service, e.g. http://127.0.0.1:43121 */
  url: string;
  app: NestFastifyApplication;
  config: AppConfig;
  simulator: FactusSimulator;
  logs: CapturingLogger;
  close(): Promise<void>;
}

/** Boots the real app over real HTTP against a fresh simulator on free loopback ports. */
export async function startTestService(options: TestServiceOptions = {}): Promise<TestService> {
  const simulator = new FactusSimulator({ settings: options.simulator });
  const simulatorUrl = await simulator.start();
  const base = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'verbose',
    FACTUS_TIMEOUT_MS: '2000',
    ...options.env,
  });
  const config: AppConfig = {
    ...base,
    factus: {
      ...base.factus,
      baseUrl: options.factusBaseUrl ?? simulatorUrl,
      embeddedSimulator: false,
    },
  };
  let builder = Test.createTestingModule({ imports: [AppModule.forRoot(config)] });
  if (options.override) builder = options.override(builder);
  const moduleRef = await builder.compile();
  const logs = new CapturingLogger();
  const app = moduleRef.createNestApplication<NestFastifyApplication>(createFastifyAdapter(), {
    logger: logs,
  });
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
    close: async () => {
      await app.close();
      await simulator.close();
    },
  };
}

export const DEMO_LOGIN = {
  email: 'demo@simulator.factus.local',
  password: 'demo-password',
} as const;
