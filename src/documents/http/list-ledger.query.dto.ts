import { ApiPropertyOptional } from '@nestjs/swagger';
import { CursorPageQueryDto } from '../../common/http/cursor-page.query.dto';
import { IsIn, IsOptional } from 'class-validator';
import { DOCUMENT_TYPE_KEYS, type DocumentTypeKey } from '../domain/document-type';
import { LEDGER_STATES, LedgerState } from '../domain/ledger-state';

const TYPES = DOCUMENT_TYPE_KEYS;

export class ListLedgerQueryDto extends CursorPageQueryDto {
  @ApiPropertyOptional({ enum: LEDGER_STATES, example: 'pending_dian' })
  @IsOptional()
  @IsIn(LEDGER_STATES)
  state?: LedgerState;

  @ApiPropertyOptional({ enum: TYPES, example: 'invoice' })
  @IsOptional()
  @IsIn(TYPES)
  type?: DocumentTypeKey;
}
