import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppModule } from './app.module';
import type { AppConfig } from './config/app-config';
import { configureApp, createFastifyAdapter } from './configure-app';
import { GracefulShutdown } from './operations/shutdown/graceful-shutdown';
import { FactusSimulator } from './simulator/factus-simulator';

export interface RunningService {
  app: NestFastifyApplication;
  config: AppConfig;
  url: string;
  simulator?: FactusSimulator;
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
  let config = initial;
  let simulator: FactusSimulator | undefined;
  if (config.factus.embeddedSimulator) {
    simulator = new FactusSimulator();
    const baseUrl = await simulator.start();
    config = { ...config, factus: { ...config.factus, baseUrl } };
  }

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

  if (simulator) {
    logger.log({
      msg: 'No FACTUS_BASE_URL configured: using the embedded Factus simulator (demo user demo@simulator.factus.local, simulator only)',
      simulatorUrl: simulator.url,
    });
  } else {
    logger.log({ msg: 'Using Factus', factusUrl: config.factus.baseUrl });
  }
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
    simulator,
    close: async () => {
      await app.get(GracefulShutdown).drain();
      await app.close();
      await simulator?.close();
    },
  };
}
