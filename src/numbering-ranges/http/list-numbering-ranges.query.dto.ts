import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import { IsDianCode } from '../../catalogs/is-dian-code.validator';

/** `true` / `false` query values as booleans; anything else is left for IsBoolean to refuse. */
const toBoolean = ({ value }: { value: unknown }): unknown =>
  value === 'true' ? true : value === 'false' ? false : value;

export class ListNumberingRangesQueryDto {
  @ApiPropertyOptional({
    description:
      'Range document code (GET /api/v1/catalogs/numbering-range-document-types): 21 invoice, 22 credit note, 23 debit note, ...',
    example: '21',
  })
  @IsOptional()
  @IsDianCode('numbering-range-document-types')
  document?: string;

  @ApiPropertyOptional({
    description: 'Only active (true) or inactive (false) ranges.',
    example: true,
  })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'active must be true or false' })
  active?: boolean;

  @ApiPropertyOptional({
    description: 'Only expired (true) or current (false) ranges.',
    example: false,
  })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'expired must be true or false' })
  expired?: boolean;
}
