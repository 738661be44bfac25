import { ConfigError } from '../config.error';
import { loadConfig } from '../load-config';

/** The ConfigError loadConfig throws for `env` (fails the test when it does not throw one). */
export function configErrorOf(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected loadConfig to throw');
}
