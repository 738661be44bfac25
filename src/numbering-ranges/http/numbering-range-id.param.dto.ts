import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';

export class NumberingRangeIdParamDto {
  @ApiProperty({ description: 'Factus numbering range id.', example: 389 })
  @Type(() => Number)
  @IsInt({ message: 'id must be a whole number' })
  @Min(1)
  @Max(Number.MAX_SAFE_INTEGER)
  id!: number;
}
