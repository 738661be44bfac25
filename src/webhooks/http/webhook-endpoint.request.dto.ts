import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsOptional,
  IsString,
  MaxLength,
  ValidateBy,
  type ValidationArguments,
} from 'class-validator';
import { EVENT_TYPES, isEventType, type EventType } from '../domain/webhook-event';

const SUBSCRIBABLE = [...EVENT_TYPES, '*'] as const;
const URL_MAX_LENGTH = 2048;
const DESCRIPTION_MAX_LENGTH = 500;

/** Each item that is no event type, by its position: `events[1] ("invoice.paid")`. */
function badEventItems(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown, index) =>
    typeof item === 'string' && (item === '*' || isEventType(item))
      ? []
      : [`events[${index}] (${JSON.stringify(item) ?? String(item)})`],
  );
}

/** Every item an event type or `*`; the message names each one that is not. */
function IsEventTypeList(): PropertyDecorator {
  return ValidateBy({
    name: 'isEventTypeList',
    validator: {
      validate: (value: unknown) => badEventItems(value).length === 0,
      defaultMessage: (args?: ValidationArguments) =>
        `${badEventItems(args?.value).join(', ')} is not an event type; use ${SUBSCRIBABLE.join(', ')}`,
    },
  });
}

const URL_DOC = {
  description:
    'Where events are POSTed. `https` in production (plain `http` is accepted outside it); never a private, ' +
    'loopback (production), link-local, CGNAT or cloud-metadata address, by IP or by what the name resolves to, ' +
    'unless the service allows private targets. No `user:password@`.',
  maxLength: URL_MAX_LENGTH,
  example: 'https://erp.example.com/webhooks/factus',
};
const EVENTS_DOC = {
  description: 'Event types to receive, or `*` for all of them (and those added later).',
  type: String,
  isArray: true,
  enum: [...SUBSCRIBABLE],
  example: ['invoice.validated', 'invoice.rejected', 'credit_note.validated'],
};
const DESCRIPTION_DOC = {
  description: 'Yours, to recognise the endpoint. An empty string clears it (PATCH).',
  maxLength: DESCRIPTION_MAX_LENGTH,
  example: 'ERP production',
};

export class CreateWebhookEndpointDto {
  @ApiProperty(URL_DOC)
  @IsString()
  @MaxLength(URL_MAX_LENGTH)
  url!: string;

  @ApiProperty({ ...EVENTS_DOC, minItems: 1 })
  @IsArray()
  @ArrayMinSize(1, { message: 'events must name at least one event type (or "*")' })
  @ArrayMaxSize(SUBSCRIBABLE.length * 2)
  @IsEventTypeList()
  events!: (EventType | '*')[];

  @ApiPropertyOptional(DESCRIPTION_DOC)
  @IsOptional()
  @IsString()
  @MaxLength(DESCRIPTION_MAX_LENGTH)
  description?: string;
}

/** Only what is sent changes. */
export class UpdateWebhookEndpointDto {
  @ApiPropertyOptional(URL_DOC)
  @IsOptional()
  @IsString()
  @MaxLength(URL_MAX_LENGTH)
  url?: string;

  @ApiPropertyOptional({ ...EVENTS_DOC, minItems: 1 })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1, { message: 'events must name at least one event type (or "*")' })
  @ArrayMaxSize(SUBSCRIBABLE.length * 2)
  @IsEventTypeList()
  events?: (EventType | '*')[];

  @ApiPropertyOptional(DESCRIPTION_DOC)
  @IsOptional()
  @IsString()
  @MaxLength(DESCRIPTION_MAX_LENGTH)
  description?: string;

  @ApiPropertyOptional({
    description:
      '`false` stops deliveries to it; `true` enables it again (also after the service disabled it: 410 Gone, failing too long).',
    example: true,
  })
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;
}
