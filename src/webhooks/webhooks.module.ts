import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { CLOCK, systemClock } from '../common/domain/clock';

/**
 * Events to ERPs: the event log (an outbox the ledger writes in the same statement as the change),
 * webhook endpoints per account, and Standard Webhooks deliveries with retries.
 */
@Module({
  imports: [AuthModule],
  controllers: [],
  providers: [{ provide: CLOCK, useValue: systemClock }],
  exports: [],
})
export class WebhooksModule {}
