import type { Env } from './env-readers';

/** The process environment. Only src/config reads it; everything else receives AppConfig. */
export function processEnvironment(): Env {
  return process.env;
}
