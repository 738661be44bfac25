import { Controller, Get, HttpCode, HttpStatus, Inject, Param, Post } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { ProviderSession } from '../../auth/provider-session.decorator';
import { CLOCK, Clock } from '../../common/domain/clock';
import { ApiFactusAuth } from '../../common/http/api-factus-auth.decorator';
import { ApiProblemResponses } from '../../common/http/api-problem-responses.decorator';
import { ROUTES } from '../../http/routes';
import { WebhookDispatcher } from '../application/webhook-dispatcher';
import { WEBHOOK_DELIVERIES, WebhookDeliveries } from '../domain/webhook-deliveries.port';
import { WEBHOOK_ENDPOINTS, WebhookEndpoints } from '../domain/webhook-endpoints.port';
import { EventNotFoundError, WebhookEndpointNotFoundError } from '../domain/webhook.errors';

/** Attempts shown per endpoint (newest first). */
const ATTEMPTS_SHOWN = 100;

export class DeliveryAttemptDto {
  @ApiProperty({ example: 'evt_Yk3m0b8r2QJx6nT1vW9zA4cD' })
  eventId!: string;
  @ApiProperty({ example: 'del_3f6c0e5b8a2d4c1e9f7a6b5c4d3e2f1a' })
  deliveryId!: string;
  @ApiProperty({ example: 1, description: '1 for the first try of the delivery.' })
  attempt!: number;
  @ApiPropertyOptional({
    example: 500,
    description: 'Absent when no answer came (timeout, refused).',
  })
  statusCode?: number;
  @ApiProperty({ example: 182 })
  durationMs!: number;
  @ApiPropertyOptional({ example: 'HTTP 500' })
  error?: string;
  @ApiProperty({ example: '2026-01-15T10:00:00.000Z' })
  at!: string;
}

export class DeliveryAttemptsDto {
  @ApiProperty({ type: [DeliveryAttemptDto] })
  data!: DeliveryAttemptDto[];
}

export class RedeliveryDto {
  @ApiProperty({ example: 1, description: 'Deliveries of the event put back in the queue.' })
  deliveries!: number;
}

/** What was tried for an endpoint, and sending an event again. */
@ApiTags('Webhooks')
@ApiFactusAuth()
@Controller()
export class WebhookDeliveriesController {
  constructor(
    @Inject(WEBHOOK_DELIVERIES) private readonly deliveries: WebhookDeliveries,
    @Inject(WEBHOOK_ENDPOINTS) private readonly endpoints: WebhookEndpoints,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly dispatcher: WebhookDispatcher,
  ) {}

  @Get(`${ROUTES.webhookEndpoints}/:id/deliveries`)
  @ApiOperation({
    summary: 'Delivery attempts to one endpoint, newest first',
    description: `The last ${ATTEMPTS_SHOWN} attempts: status code, duration and error of each.`,
  })
  @ApiOkResponse({ type: DeliveryAttemptsDto })
  @ApiProblemResponses(401, 404)
  async attempts(
    @Param('id') id: string,
    @ProviderSession() session: ProviderSession,
  ): Promise<DeliveryAttemptsDto> {
    const endpoint = await this.endpoints.get(session.accountKey, id);
    if (!endpoint) throw new WebhookEndpointNotFoundError(id);
    const attempts = await this.deliveries.attemptsOf(endpoint.id, ATTEMPTS_SHOWN);
    return {
      data: attempts.map((attempt) => ({
        eventId: attempt.eventId,
        deliveryId: attempt.deliveryId,
        attempt: attempt.attempt,
        ...(attempt.statusCode === undefined ? {} : { statusCode: attempt.statusCode }),
        durationMs: attempt.durationMs,
        ...(attempt.error === undefined ? {} : { error: attempt.error }),
        at: attempt.at.toISOString(),
      })),
    };
  }

  @Post(`${ROUTES.events}/:id/redeliver`)
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({
    summary: 'Send an event again to every endpoint it was delivered to',
    description:
      'Each delivery of the event starts its retry schedule again now (same `webhook-id`: receivers deduplicate).',
  })
  @ApiAcceptedResponse({ type: RedeliveryDto })
  @ApiProblemResponses(401, 404)
  async redeliver(
    @Param('id') id: string,
    @ProviderSession() session: ProviderSession,
  ): Promise<RedeliveryDto> {
    const count = await this.deliveries.redeliver(session.accountKey, id, this.clock.now());
    if (count === undefined) throw new EventNotFoundError(id);
    this.dispatcher.kick();
    return { deliveries: count };
  }
}
