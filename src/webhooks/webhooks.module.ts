import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { CLOCK, systemClock } from '../common/domain/clock';
import { WebhookEndpointUseCases } from './application/webhook-endpoint.use-cases';
import { WebhookTargetGuard } from './application/webhook-target-guard';
import { WEBHOOK_ENDPOINTS } from './domain/webhook-endpoints.port';
import { WebhookEndpointController } from './http/webhook-endpoint.controller';
import { PostgresWebhookEndpoints } from './infrastructure/postgres-webhook-endpoints';
import { WebhookDeliveryAttempt } from './application/webhook-delivery-attempt';
import { WebhookDispatcher } from './application/webhook-dispatcher';
import { WEBHOOK_DELIVERIES, WEBHOOK_SENDER } from './domain/webhook-deliveries.port';
import { WebhookDeliveriesController } from './http/webhook-deliveries.controller';
import { PostgresWebhookDeliveries } from './infrastructure/postgres-webhook-deliveries';
import { StandardWebhooksSender } from './infrastructure/standard-webhooks-sender';
import { EventLogQueries } from './application/event-log-queries';
import { EventsController } from './http/events.controller';
import { EventLogModule } from './event-log.module';

/**
 * Events to ERPs: the event log (an outbox the ledger writes in the same statement as the change),
 * webhook endpoints per account, and Standard Webhooks deliveries with retries.
 */
@Module({
  imports: [AuthModule, EventLogModule],
  controllers: [WebhookEndpointController, WebhookDeliveriesController, EventsController],
  providers: [
    { provide: CLOCK, useValue: systemClock },
    { provide: WEBHOOK_ENDPOINTS, useClass: PostgresWebhookEndpoints },
    WebhookTargetGuard,
    WebhookEndpointUseCases,
    { provide: WEBHOOK_DELIVERIES, useClass: PostgresWebhookDeliveries },
    { provide: WEBHOOK_SENDER, useClass: StandardWebhooksSender },
    WebhookDeliveryAttempt,
    WebhookDispatcher,
    EventLogQueries,
  ],
  exports: [WEBHOOK_ENDPOINTS, WebhookTargetGuard, WebhookDispatcher, EventLogModule],
})
export class WebhooksModule {}
