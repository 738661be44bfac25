import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DOCUMENT_TYPE_KEYS } from '../domain/document-type';
import { LEDGER_STATES, LedgerState } from '../domain/ledger-state';
import { DianMessageDto } from './document.response.dto';

export class LedgerErrorDto {
  @ApiProperty({ description: 'Problem code of the last failure.', example: 'FACTUS_UNAVAILABLE' })
  code!: string;

  @ApiProperty({ example: 'Factus is in maintenance.' })
  message!: string;
}

export class LedgerHistoryEntryDto {
  @ApiProperty({ format: 'date-time', example: '2026-12-01T15:04:05.000Z' })
  at!: string;

  @ApiPropertyOptional({ enum: LEDGER_STATES, example: 'sending' })
  from?: LedgerState;

  @ApiProperty({ enum: LEDGER_STATES, example: 'validated' })
  to!: LedgerState;

  @ApiProperty({ example: 'validated by DIAN (answered)' })
  reason!: string;
}

export class LedgerRecordLinksDto {
  @ApiProperty({
    description: 'This record.',
    example: '/api/v1/invoices/by-reference/FACT-2026-0124',
  })
  self!: string;

  @ApiPropertyOptional({
    description: 'The document at Factus, once it has a number.',
    example: '/api/v1/invoices/SETP990000001',
  })
  document?: string;
}

/**
 * What the service knows of a document it was asked to issue: its state in the ledger
 * (queued → sending → validated | pending_dian | rejected | failed) and how it got there.
 */
export class LedgerRecordResponseDto {
  @ApiProperty({ enum: DOCUMENT_TYPE_KEYS, example: 'invoice' })
  documentType!: string;

  @ApiProperty({ example: 'FACT-2026-0124' })
  referenceCode!: string;

  @ApiProperty({
    enum: LEDGER_STATES,
    example: 'queued',
    description:
      '`queued`: waiting to be sent (an outage is waited out); `sending`: a replica is sending it; `validated`: DIAN accepted it; ' +
      '`pending_dian`: DIAN has not answered (followed up automatically); `rejected`: DIAN rejected it (deleted at Factus by default, kept here); ' +
      '`failed`: given up (see lastError).',
  })
  state!: LedgerState;

  @ApiPropertyOptional({ description: 'Factus number, once numbered.', example: 'SETP990000001' })
  number?: string;

  @ApiPropertyOptional({ description: 'CUFE (invoices).', example: 'a3f1…' })
  cufe?: string;

  @ApiPropertyOptional({ description: 'CUDE (credit and debit notes).' })
  cude?: string;

  @ApiPropertyOptional({ description: 'CUDS (support documents and adjustment notes).' })
  cuds?: string;

  @ApiProperty({ description: 'Sends so far.', example: 1 })
  attempts!: number;

  @ApiProperty({ type: [DianMessageDto] })
  dianMessages!: DianMessageDto[];

  @ApiPropertyOptional({ type: LedgerErrorDto })
  lastError?: LedgerErrorDto;

  @ApiPropertyOptional({
    format: 'date-time',
    description: 'When the service looks at it next (queued and pending_dian).',
  })
  nextAttemptAt?: string;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;

  @ApiPropertyOptional({
    type: [LedgerHistoryEntryDto],
    description: 'Every state change, oldest first.',
  })
  history?: LedgerHistoryEntryDto[];

  @ApiProperty({ type: LedgerRecordLinksDto })
  links!: LedgerRecordLinksDto;
}

export class LedgerPageResponseDto {
  @ApiProperty({ type: [LedgerRecordResponseDto] })
  data!: LedgerRecordResponseDto[];

  @ApiPropertyOptional({
    description: 'Pass as `cursor` for the next (older) page; absent on the last page.',
    example: 'MjAyNi0xMi0wMVQxNTowNDowNS4wMDBafDBmOGQ…',
  })
  nextCursor?: string;
}
