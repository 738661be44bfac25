import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { WebhookEndpoint } from '../domain/webhook-endpoint';
import { EVENT_TYPES } from '../domain/webhook-event';

const SECRET_EXAMPLE = 'whsec_KWcFSkOvesvJ5KAjawfW/VsJV+K9Zy6PM4Z8ye3J+Tk=';

/** An endpoint as every read shows it: never its secret. */
export class WebhookEndpointResponseDto {
  @ApiProperty({ example: 'we_2Q9f3kQm7a1XzT0bWc8LrV5d' })
  id!: string;

  @ApiProperty({ example: 'https://erp.example.com/webhooks/factus' })
  url!: string;

  @ApiProperty({
    type: [String],
    enum: [...EVENT_TYPES, '*'],
    example: ['invoice.validated', 'invoice.rejected'],
  })
  events!: string[];

  @ApiProperty({ type: String, nullable: true, example: 'ERP production' })
  description!: string | null;

  @ApiProperty({ description: 'Whether events are delivered to it.', example: true })
  enabled!: boolean;

  @ApiPropertyOptional({
    description:
      'Why it is disabled: by its owner, `410 Gone` from the receiver, or failing too long.',
    example: '410 Gone',
  })
  disabledReason?: string;

  @ApiPropertyOptional({
    description: 'Since when every delivery to it has failed (absent while healthy).',
    format: 'date-time',
    example: '2026-12-01T15:04:05.000Z',
  })
  failingSince?: string;

  @ApiProperty({ format: 'date-time', example: '2026-12-01T15:04:05.000Z' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time', example: '2026-12-01T15:04:05.000Z' })
  updatedAt!: string;
}

/** The answer of a create: the endpoint and, this once, its signing secret. */
export class CreatedWebhookEndpointResponseDto extends WebhookEndpointResponseDto {
  @ApiProperty({
    description:
      'The Standard Webhooks signing secret (`whsec_` + base64 of 32 random bytes). Shown only here and on ' +
      'rotate-secret: store it now. Verify deliveries with `new Webhook(secret).verify(body, headers)` ' +
      '(npm `standardwebhooks`).',
    example: SECRET_EXAMPLE,
  })
  secret!: string;
}

export class WebhookEndpointListResponseDto {
  @ApiProperty({ type: [WebhookEndpointResponseDto], description: 'Oldest first.' })
  data!: WebhookEndpointResponseDto[];
}

export class RotatedSecretResponseDto {
  @ApiProperty({
    description:
      'The new signing secret: every delivery is signed with it from now on. Shown only here.',
    example: SECRET_EXAMPLE,
  })
  secret!: string;

  @ApiProperty({
    description:
      'Until then deliveries also carry a signature with the previous secret (two `v1,` entries in ' +
      '`webhook-signature`), so receivers can switch secrets without missing a delivery.',
    format: 'date-time',
    example: '2026-12-02T15:04:05.000Z',
  })
  previousSecretExpiresAt!: string;
}

export function toWebhookEndpointResponse(endpoint: WebhookEndpoint): WebhookEndpointResponseDto {
  return {
    id: endpoint.id,
    url: endpoint.url,
    events: endpoint.events,
    description: endpoint.description ?? null,
    enabled: endpoint.enabled,
    ...(endpoint.disabledReason === undefined ? {} : { disabledReason: endpoint.disabledReason }),
    ...(endpoint.failingSince === undefined
      ? {}
      : { failingSince: endpoint.failingSince.toISOString() }),
    createdAt: endpoint.createdAt.toISOString(),
    updatedAt: endpoint.updatedAt.toISOString(),
  };
}
