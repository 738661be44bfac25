import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppModule } from './app.module';
import type { AppConfig } from './config/app-config';
import { configureApp, createFastifyAdapter, nestLogLevels } from './configure-app';
import { FactusSimulator } from './simulator/factus-simulator';

export interface RunningService {
  app: NestFastifyApplication;
  config: AppConfig;
  url: string;
  simulator?: FactusSimulator;
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
    createFastifyAdapter(),
    {
      logger: nestLogLevels(config.logLevel),
    },
  );
  configureApp(app, config);
  await app.listen(config.port, config.host);
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host}:${port}`;

  if (simulator) {
    logger.log(
      `No FACTUS_BASE_URL configured: using the embedded Factus simulator at ${simulator.url} ` +
        `(demo user demo@simulator.factus.local / demo-password, simulator only)`,
    );
  } else {
    logger.log(`Using Factus at ${config.factus.baseUrl}`);
  }
  logger.log(
    `Factus API listening on ${url}${config.swaggerEnabled ? ` (Swagger UI: ${url}/docs)` : ''}`,
  );

  return {
    app,
    config,
    url,
    simulator,
    close: async () => {
      await app.close();
      await simulator?.close();
    },
  };
}
