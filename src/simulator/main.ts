/* Standalone Factus simulator: `npm run simulator` (port 4010 unless SIMULATOR_PORT says otherwise). */
import { ConfigError } from '../config/config.error';
import { processEnvironment } from '../config/environment';
import { loadSimulatorConfig } from '../config/simulator-config';
import { SIMULATOR_DEMO_ACCOUNT } from './demo-account';
import { FactusSimulator } from './factus-simulator';

async function main(): Promise<void> {
  let config;
  try {
    config = loadSimulatorConfig(processEnvironment());
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const simulator = new FactusSimulator({ port: config.port, host: config.host });
  const url = await simulator.start();
  console.log(`Factus simulator listening on ${url} (control API: ${url}/__simulator/requests)`);
  console.log(
    `Demo account (simulator only): client ${SIMULATOR_DEMO_ACCOUNT.clientId} / ${SIMULATOR_DEMO_ACCOUNT.clientSecret}, ` +
      `user ${SIMULATOR_DEMO_ACCOUNT.email} / ${SIMULATOR_DEMO_ACCOUNT.password}`,
  );
  const stop = () => void simulator.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

void main();
