import { Logger } from '@nestjs/common';
import { redactUrl } from './common/redact-url';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppModule } from './app.module';
import type { AppConfig } from './config/app-config';
import { withEmbeddedFactus } from './config/embedded-factus';
import { configureApp, createFastifyAdapter } from './configure-app';
import { GracefulShutdown } from './operations/shutdown/graceful-shutdown';
// Types only: erased at compile time, so this loads nothing of the simulator.
import type { EmbeddedSimulator } from './simulator/embedded';

export interface RunningService {
  app: NestFastifyApplication;
  config: AppConfig;
  url: string;
  /** The embedded simulator, when no Factus was configured. */
  simulator?: EmbeddedSimulator['simulator'];
  /**
   * Graceful shutdown: stop being ready and drain in-flight requests (SHUTDOWN_GRACE_MS), then
   * close the server, Redis and the embedded simulator.
   */
  close(): Promise<void>;
}

/**
 * Starts the service. Without a configured Factus (development only, enforced by loadConfig) it
 * first starts the embedded simulator on a free loopback port and points itself at it.
 */
export async function startService(initial: AppConfig): Promise<RunningService> {
  const logger = new Logger('Bootstrap');
  const embedded = initial.factus.embeddedSimulator ? await startEmbedded() : undefined;
  const config = embedded ? withEmbeddedFactus(initial, embeddedFactus(embedded)) : initial;

  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(config),
    createFastifyAdapter(config),
    // Held until configureApp hands Nest's Logger to pino, so that every line is JSON.
    { bufferLogs: true },
  );
  configureApp(app, config);
  await app.listen(config.port, config.host);
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host}:${port}`;

  logStartUp(logger, config, embedded);
  logger.log({
    msg: 'Factus API listening',
    url,
    port,
    docs: config.swaggerEnabled ? `${url}/docs` : undefined,
    startupMs: Math.round(performance.now()),
  });

  return {
    app,
    config,
    url,
    simulator: embedded?.simulator,
    close: async () => {
      await app.get(GracefulShutdown).drain();
      await app.close();
      await embedded?.close();
    },
  };
}

/**
 * One line per concern, so that a newcomer sees at a glance what the service talks to: the Factus
 * target and where the shared state lives (Redis logs its own connection line). Nest's per-module
 * and per-route lines are at debug (see nest-start-up-chatter.ts).
 */
function logStartUp(logger: Logger, config: AppConfig, embedded?: EmbeddedSimulator): void {
  if (embedded) {
    logger.log({
      msg: `No FACTUS_BASE_URL configured: using the embedded Factus simulator (demo user ${embedded.account.email}, simulator only)`,
      simulatorUrl: embedded.url,
    });
  } else if (config.tenants.tenantsOnly) {
    logger.log({
      msg: 'No FACTUS_BASE_URL configured: serving registered tenants only, each with its own Factus account',
    });
  } else {
    logger.log({ msg: 'Using Factus', factusUrl: redactUrl(config.factus.baseUrl) });
  }
  logger.log(
    config.redis
      ? {
          msg: 'Shared state (managed session, Factus rate budget) in Redis',
          redisHost: redactUrl(config.redis.url),
          keyPrefix: config.redis.keyPrefix,
        }
      : {
          msg: 'Shared state (managed session, Factus rate budget) in memory: no REDIS_URL, one replica only',
        },
  );
}

/** Loaded only here, only when needed: a service pointed at a real Factus never loads it. */
async function startEmbedded(): Promise<EmbeddedSimulator> {
  const { startEmbeddedSimulator } = await import('./simulator/embedded');
  return startEmbeddedSimulator();
}

function embeddedFactus({ url, account }: EmbeddedSimulator) {
  return {
    baseUrl: url,
    clientId: account.clientId,
    clientSecret: account.clientSecret,
    demoUser: { username: account.email, password: account.password },
  };
}
