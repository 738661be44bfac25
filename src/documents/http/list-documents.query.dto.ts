import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { DATE } from './request-formats';

export class ListDocumentsQueryDto {
  @ApiPropertyOptional({
    description: 'Document number (prefix + consecutive).',
    example: 'SETP990000001',
  })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  number?: string;

  @ApiPropertyOptional({ description: 'Numbering prefix.', example: 'SETP' })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  prefix?: string;

  @ApiPropertyOptional({ description: 'Your reference code.', example: 'FACT-2026-0124' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  referenceCode?: string;

  @ApiPropertyOptional({ description: 'Customer identification.', example: '900825759' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  identification?: string;

  @ApiPropertyOptional({ description: 'Customer name (contains).', example: 'Alan' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  names?: string;

  @ApiPropertyOptional({
    enum: ['validated', 'pending', 'rejected'],
    description:
      "Factus filters validated and not validated itself. Pending and rejected are told apart by DIAN's messages: " +
      'the service reads the not-validated documents from Factus and answers the page and the pagination ' +
      "(total, lastPage) of those that match, never Factus's unfiltered counts.",
    example: 'validated',
  })
  @IsOptional()
  @IsIn(['validated', 'pending', 'rejected'])
  status?: 'validated' | 'pending' | 'rejected';

  @ApiPropertyOptional({ description: 'Created on or after (YYYY-MM-DD).', example: '2026-11-01' })
  @IsOptional()
  @Matches(DATE, { message: 'createdFrom must be a date as YYYY-MM-DD' })
  createdFrom?: string;

  @ApiPropertyOptional({ description: 'Created on or before (YYYY-MM-DD).', example: '2026-11-30' })
  @IsOptional()
  @Matches(DATE, { message: 'createdTo must be a date as YYYY-MM-DD' })
  createdTo?: string;

  @ApiPropertyOptional({ description: 'Page (from 1).', example: 1, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100000)
  page?: number;

  @ApiPropertyOptional({ description: 'Page size (1–100).', example: 10, default: 10 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  perPage?: number;
}
