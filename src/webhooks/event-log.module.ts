import { Global, Module } from '@nestjs/common';
import { EVENT_LOG } from './domain/event-log.port';
import { PostgresEventLog } from './infrastructure/postgres-event-log';

/**
 * The event log (EVENT_LOG), for every module that writes events of its own (a numbering range
 * running low, an endpoint disabled). Global, like the database it lives in: a feature that may
 * run without webhooks (a wiring test) injects it @Optional and writes nothing then.
 */
@Global()
@Module({
  providers: [{ provide: EVENT_LOG, useClass: PostgresEventLog }],
  exports: [EVENT_LOG],
})
export class EventLogModule {}
