/* Standalone Factus simulator: `npm run simulator` (port 4010 unless SIMULATOR_PORT says otherwise). */
import { SIMULATOR_DEMO_ACCOUNT } from './demo-account';
import { FactusSimulator } from './factus-simulator';
import { loadStandaloneConfig, StandaloneConfigError } from './standalone-config';

async function main(): Promise<void> {
  let config;
  try {
    // The simulator's one read of its environment: it shares nothing with the service's config.
    config = loadStandaloneConfig(process.env);
  } catch (error) {
    if (error instanceof StandaloneConfigError) {
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
