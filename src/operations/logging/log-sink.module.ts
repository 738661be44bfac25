import { Global, Module } from '@nestjs/common';
import type { DestinationStream } from 'pino';
import { LOGGING_CONFIG, LoggingConfig } from '../../config/config-tokens';
import { LOG_DESTINATION, ROOT_LOGGER } from './logging.tokens';
import { createRootLogger } from './root-logger';

/** The root logger and its destination, as providers so that tests can swap the destination. */
@Global()
@Module({
  providers: [
    // null: pino's own stdout destination.
    { provide: LOG_DESTINATION, useValue: null },
    {
      provide: ROOT_LOGGER,
      inject: [LOGGING_CONFIG, LOG_DESTINATION],
      useFactory: (config: LoggingConfig, destination: DestinationStream | null) =>
        createRootLogger(config, destination ?? undefined),
    },
  ],
  exports: [ROOT_LOGGER],
})
export class LogSinkModule {}
