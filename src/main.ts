import { Logger } from '@nestjs/common';
import { ConfigError } from './config/config.error';
import { loadEnvironmentConfig } from './config/environment';
import { startService } from './bootstrap';

async function main(): Promise<void> {
  let config;
  try {
    config = await loadEnvironmentConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const service = await startService(config);
  const logger = new Logger('Shutdown');
  let closing = false;
  const shutdown = (signal: NodeJS.Signals): void => {
    if (closing) return;
    closing = true;
    const started = performance.now();
    logger.log({ msg: `Received ${signal}`, signal });
    service.close().then(
      () => {
        logger.log({ msg: 'Stopped', shutdownMs: Math.round(performance.now() - started) });
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ msg: 'Shutdown failed', err: error });
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}

void main();
