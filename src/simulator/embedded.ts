import { SIMULATOR_DEMO_ACCOUNT } from './demo-account';
import { FactusSimulator } from './factus-simulator';

/** A simulator started for the service to run against, with the account it is seeded with. */
export interface EmbeddedSimulator {
  simulator: FactusSimulator;
  url: string;
  account: typeof SIMULATOR_DEMO_ACCOUNT;
  close(): Promise<void>;
}

/**
 * Starts the simulator on a free loopback port for a service that has no Factus configured. The
 * service loads this file with `await import()` only then, so a service pointed at a real Factus
 * never loads the simulator; the demo account comes from here, not from the service's config.
 */
export async function startEmbeddedSimulator(): Promise<EmbeddedSimulator> {
  const simulator = new FactusSimulator();
  const url = await simulator.start();
  return { simulator, url, account: SIMULATOR_DEMO_ACCOUNT, close: () => simulator.close() };
}
