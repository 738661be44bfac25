import type { LogFn, Logger } from 'pino';

/**
 * Nest's own start-up narration: a line per module initialised and per route mapped (70-odd lines
 * for this app). Useful when wiring breaks, noise otherwise; so at `info` the service prints only
 * its own start-up lines (listening, Factus target, shared state, Redis) and this detail comes
 * back with LOG_LEVEL=debug.
 */
const NEST_START_UP_CONTEXTS = new Set([
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
  'NestFactory',
  'NestApplication',
]);

const PINO_INFO = 30;

function isStartUpChatter(first: unknown): boolean {
  if (typeof first !== 'object' || first === null) return false;
  const context = (first as { context?: unknown }).context;
  return typeof context === 'string' && NEST_START_UP_CONTEXTS.has(context);
}

/** A pino `hooks.logMethod` that writes Nest's start-up narration at `debug` instead of `info`. */
export function demoteNestStartUpChatter(
  this: Logger,
  args: Parameters<LogFn>,
  method: LogFn,
  level: number,
): void {
  if (level === PINO_INFO && isStartUpChatter(args[0])) {
    // Re-enters this hook at debug level, which passes straight through.
    this.debug(...args);
    return;
  }
  method.apply(this, args);
}
