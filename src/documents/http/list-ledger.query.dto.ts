import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { LEDGER_STATES, LedgerState } from '../domain/ledger-state';

const TYPES = ['invoice', 'credit-note', 'debit-note'] as const;

export class ListLedgerQueryDto {
  @ApiPropertyOptional({ enum: LEDGER_STATES, example: 'pending_dian' })
  @IsOptional()
  @IsIn(LEDGER_STATES)
  state?: LedgerState;

  @ApiPropertyOptional({ enum: TYPES, example: 'invoice' })
  @IsOptional()
  @IsIn(TYPES)
  type?: (typeof TYPES)[number];

  @ApiPropertyOptional({ description: '`nextCursor` of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20, example: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;
}
