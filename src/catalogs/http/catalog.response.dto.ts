import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CATALOG_NAMES, CatalogName } from '../domain/catalog-names';

export class CatalogSummaryDto {
  @ApiProperty({ enum: CATALOG_NAMES, description: 'Catalogue name.', example: 'municipalities' })
  name!: CatalogName;

  @ApiProperty({
    description: 'What the codes are for.',
    example: 'DIVIPOLA municipality codes, with their department (customer and establishment).',
  })
  description!: string;

  @ApiProperty({ description: 'Number of usable codes.', example: 1122 })
  count!: number;

  @ApiProperty({
    description: 'Where to read it.',
    example: '/api/v1/catalogs/municipalities',
  })
  href!: string;
}

export class CatalogIndexResponseDto {
  @ApiProperty({ type: [CatalogSummaryDto], description: 'Every catalogue served.' })
  data!: CatalogSummaryDto[];
}

export class DepartmentDto {
  @ApiProperty({ description: 'DIVIPOLA department code.', example: '11' })
  code!: string;

  @ApiProperty({ description: 'Department name.', example: 'Bogota- D.c.' })
  name!: string;
}

export class CatalogEntryDto {
  @ApiProperty({ description: 'The code to send (exactly as written).', example: '11001' })
  code!: string;

  @ApiProperty({ description: 'Its name, as DIAN publishes it.', example: 'Bogotá, D.c.' })
  name!: string;

  @ApiPropertyOptional({
    type: DepartmentDto,
    description: 'Municipalities only: the department.',
    example: { code: '11', name: 'Bogota- D.c.' },
  })
  department?: DepartmentDto;
}

export class CatalogResponseDto {
  @ApiProperty({ enum: CATALOG_NAMES, description: 'Catalogue name.', example: 'municipalities' })
  name!: CatalogName;

  @ApiProperty({
    type: [CatalogEntryDto],
    description: 'The matching entries: an exact code first, then names that start with the text.',
  })
  data!: CatalogEntryDto[];
}
