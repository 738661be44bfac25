import { ApiProperty } from '@nestjs/swagger';
import type { DianResolution } from '../domain/numbering-range';

/** A resolution DIAN associated to the software (rangos-asociados-al-software.md). */
export class DianResolutionDto {
  @ApiProperty({ description: 'Prefix DIAN authorised.', example: 'SETP' })
  prefix!: string;

  @ApiProperty({ description: 'First authorised number.', example: 990000000 })
  from!: number;

  @ApiProperty({ description: 'Last authorised number.', example: 995000000 })
  to!: number;

  @ApiProperty({ type: String, nullable: true, example: '18760000001' })
  resolutionNumber!: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Issue date of the resolution (YYYY-MM-DD).',
    example: '2019-01-19',
  })
  startDate!: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'End of the resolution (YYYY-MM-DD).',
    example: '2030-01-19',
  })
  endDate!: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'DIAN technical key.',
    example: 'fc8eac422eba16e22ffd8c6f94b3f40a6e38162c',
  })
  technicalKey!: string | null;

  static from(resolution: DianResolution): DianResolutionDto {
    return { ...resolution };
  }
}

export class DianResolutionListResponseDto {
  @ApiProperty({ type: [DianResolutionDto] })
  data!: DianResolutionDto[];
}
