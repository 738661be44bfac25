import { loadConfig } from './config/load-config';
import { processEnvironment } from './config/environment';
import { ConfigError } from './config/config.error';
import { startService } from './bootstrap';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(processEnvironment());
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const service = await startService(config);
  let closing = false;
  const shutdown = (): void => {
    if (closing) return;
    closing = true;
    service.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('Shutdown failed', error);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}

void main();
