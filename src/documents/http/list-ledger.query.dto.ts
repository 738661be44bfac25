import { ApiPropertyOptional } from '@nestjs/swagger';
import { CursorPageQueryDto } from '../../common/http/cursor-page.query.dto';
import { IsIn, IsOptional } from 'class-validator';
import { LEDGER_STATES, LedgerState } from '../domain/ledger-state';

const TYPES = ['invoice', 'credit-note', 'debit-note'] as const;

export class ListLedgerQueryDto extends CursorPageQueryDto {
  @ApiPropertyOptional({ enum: LEDGER_STATES, example: 'pending_dian' })
  @IsOptional()
  @IsIn(LEDGER_STATES)
  state?: LedgerState;

  @ApiPropertyOptional({ enum: TYPES, example: 'invoice' })
  @IsOptional()
  @IsIn(TYPES)
  type?: (typeof TYPES)[number];
}
