/**
 * Configuration of the standalone simulator (`npm run simulator`). The simulator is its own
 * program: it reads its own two variables rather than the service's config.
 */
export interface StandaloneSimulatorConfig {
  port: number;
  host: string;
}

/** Thrown for a bad variable; the message names it. */
export class StandaloneConfigError extends Error {}

export function loadStandaloneConfig(
  env: Readonly<Record<string, string | undefined>>,
): StandaloneSimulatorConfig {
  const rawPort = env.SIMULATOR_PORT?.trim() || '4010';
  const port = Number(rawPort);
  if (!/^\d+$/.test(rawPort) || port > 65535) {
    throw new StandaloneConfigError(
      `SIMULATOR_PORT must be a whole number between 0 and 65535 (got "${rawPort}")`,
    );
  }
  return { port, host: env.SIMULATOR_HOST?.trim() || '127.0.0.1' };
}
