import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import { IsDianCode } from '../../catalogs/is-dian-code.validator';

/**
 * `true` / `1` and `false` / `0` query values as booleans (1/0 is how Factus writes these flags);
 * anything else is left for IsBoolean to refuse.
 */
const BOOLEANS: ReadonlyMap<unknown, boolean> = new Map([
  ['true', true],
  ['1', true],
  ['false', false],
  ['0', false],
]);
const toBoolean = ({ value }: { value: unknown }): unknown => BOOLEANS.get(value) ?? value;

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
    description: 'Only active (`true` or `1`) or inactive (`false` or `0`) ranges.',
    type: String,
    enum: ['true', 'false', '1', '0'],
    example: 'true',
  })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'active must be true, false, 1 or 0' })
  active?: boolean;

  @ApiPropertyOptional({
    description: 'Only expired (`true` or `1`) or current (`false` or `0`) ranges.',
    type: String,
    enum: ['true', 'false', '1', '0'],
    example: 'false',
  })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'expired must be true, false, 1 or 0' })
  expired?: boolean;
}
