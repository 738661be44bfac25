import { ApiProperty } from '@nestjs/swagger';
import type { NumberingRange } from '../domain/numbering-range';

export class NumberingRangeDto {
  @ApiProperty({ description: 'Factus id: the `numberingRangeId` of documents.', example: 389 })
  id!: number;

  @ApiProperty({
    description:
      'Range document code: 21 invoice, 22 credit note, 23 debit note, 24 support document, 25 adjustment note, 30 paper invoice. ' +
      'When Factus names the document in a way no code matches with certainty, its name as Factus wrote it: documents sent without numberingRangeId are then left for Factus to number.',
    example: '21',
  })
  document!: string;

  @ApiProperty({ description: 'Name of the document type.', example: 'Factura de Venta' })
  documentName!: string;

  @ApiProperty({ description: 'Prefix of the numbers.', example: 'SETP' })
  prefix!: string;

  @ApiProperty({ description: 'First number of the range.', example: 990000000 })
  from!: number;

  @ApiProperty({ description: 'Last number of the range.', example: 995000000 })
  to!: number;

  @ApiProperty({ description: 'The next number Factus will use.', example: 990000001 })
  current!: number;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'DIAN resolution (invoices and support documents); null for notes.',
    example: '18760000001',
  })
  resolutionNumber!: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Start of the resolution (YYYY-MM-DD).',
    example: '2019-01-19',
  })
  startDate!: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'End of the resolution (YYYY-MM-DD); DIAN rejects documents numbered after it.',
    example: '2030-01-19',
  })
  endDate!: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'DIAN technical key (invoices only).',
    example: 'fc8eac422eba16e22ffd8c6f94b3f40a6e38162c',
  })
  technicalKey!: string | null;

  @ApiProperty({ description: 'Past the end of its resolution.', example: false })
  isExpired!: boolean;

  @ApiProperty({ description: 'Enabled in Factus.', example: true })
  isActive!: boolean;

  static from(range: NumberingRange): NumberingRangeDto {
    return { ...range };
  }
}

export class NumberingRangeListResponseDto {
  @ApiProperty({ type: [NumberingRangeDto], description: 'The matching ranges.' })
  data!: NumberingRangeDto[];
}
