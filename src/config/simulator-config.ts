import type { Env } from './env-readers';
import { readInt, readString } from './env-readers';

/** Configuration of the standalone simulator (`npm run simulator`). */
export interface StandaloneSimulatorConfig {
  port: number;
  host: string;
}

export function loadSimulatorConfig(env: Env): StandaloneSimulatorConfig {
  return {
    port: readInt(env, 'SIMULATOR_PORT', 4010, { min: 0, max: 65535 }),
    host: readString(env, 'SIMULATOR_HOST', '127.0.0.1') as string,
  };
}
