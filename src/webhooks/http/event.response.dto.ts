import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { EVENT_TYPES, type EventType } from '../domain/webhook-event';

const RECORD_EXAMPLE = {
  documentType: 'invoice',
  referenceCode: 'FACT-2026-0124',
  state: 'validated',
  number: 'SETP990000001',
  cufe: 'a3f1c0…',
  attempts: 1,
  dianMessages: [],
  createdAt: '2026-12-01T15:04:01.000Z',
  updatedAt: '2026-12-01T15:04:05.000Z',
  links: {
    self: '/api/v1/invoices/by-reference/FACT-2026-0124',
    document: '/api/v1/invoices/SETP990000001',
  },
};

/**
 * One event, exactly as webhooks deliver it (`{ id, type, createdAt, data }`): what a receiver
 * missed can be read here and handled by the same code.
 */
export class EventResponseDto {
  @ApiProperty({
    description: 'Event id: also the `webhook-id` header of each delivery of it (deduplicate on it).',
    example: 'evt_5f0c6e2a3a524d8e9a380d1c8e0f4b11',
  })
  id!: string;

  @ApiProperty({ enum: EVENT_TYPES, example: 'invoice.validated' })
  type!: EventType;

  @ApiProperty({
    description: 'When the change happened.',
    format: 'date-time',
    example: '2026-12-01T15:04:05.000Z',
  })
  createdAt!: string;

  @ApiProperty({
    description:
      'Document events (`invoice.*`, `credit_note.*`, `debit_note.*`): the ledger record at the change, ' +
      'as GET /api/v1/invoices/by-reference/{referenceCode} shows it (without history). ' +
      '`numbering_range.low`: the range, what runs low (`reason`), `remaining` and `daysLeft`.',
    type: 'object',
    additionalProperties: true,
    example: RECORD_EXAMPLE,
  })
  data!: object;
}

export class EventPageResponseDto {
  @ApiProperty({ type: [EventResponseDto] })
  data!: EventResponseDto[];

  @ApiPropertyOptional({
    description: 'Pass it back as `cursor` for the next page; absent on the last page.',
    example: 'bjoxMjM0',
  })
  nextCursor?: string;
}
