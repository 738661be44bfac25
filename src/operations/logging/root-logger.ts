import pino, { DestinationStream, Logger, LevelWithSilent } from 'pino';
import type { LogLevel } from '../../config/app-config';
import type { LoggingConfig } from '../../config/config-tokens';
import { REDACTED_PATHS, REDACTION_CENSOR } from './log-redaction';
import { demoteNestStartUpChatter } from './nest-start-up-chatter';
import { requestIdFields } from './request-context';

/** LOG_LEVEL speaks Nest's names; pino calls `verbose` trace. */
const PINO_LEVEL: Record<LogLevel, LevelWithSilent> = {
  fatal: 'fatal',
  error: 'error',
  warn: 'warn',
  info: 'info',
  debug: 'debug',
  verbose: 'trace',
};

/**
 * The process's one pino logger: JSON lines on stdout (or `destination`, for tests), ISO times,
 * level names rather than numbers, secrets redacted, the request id on lines written within a
 * request, and Nest's start-up narration at debug. LOG_FORMAT=pretty renders through
 * pino-pretty, a development dependency: where it is not installed, JSON it stays.
 */
export function createRootLogger(config: LoggingConfig, destination?: DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level: PINO_LEVEL[config.level],
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    redact: { paths: REDACTED_PATHS, censor: REDACTION_CENSOR },
    hooks: { logMethod: demoteNestStartUpChatter },
    // Lines written within a request carry its id (see request-context.ts).
    mixin: requestIdFields,
  };
  if (destination) return pino(options, destination);
  if (config.format === 'pretty') {
    if (prettyAvailable()) {
      return pino({
        ...options,
        transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss.l' } },
      });
    }
    const logger = pino(options);
    logger.warn('LOG_FORMAT=pretty needs pino-pretty (a development dependency); logging JSON');
    return logger;
  }
  return pino(options);
}

function prettyAvailable(): boolean {
  try {
    require.resolve('pino-pretty');
    return true;
  } catch {
    return false;
  }
}
