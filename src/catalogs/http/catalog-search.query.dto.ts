import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

export class CatalogSearchQueryDto {
  @ApiPropertyOptional({
    description:
      'Words that start a word of the code or name, in any order; accents and case are ignored ("bogota" finds 11001 Bogotá, D.C.). Empty lists everything.',
    example: 'bogota',
    maxLength: 100,
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;
}
