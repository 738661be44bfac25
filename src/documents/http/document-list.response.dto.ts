import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DianMessageDto } from './document.response.dto';

export class DocumentSummaryDto {
  @ApiProperty({ example: 'SETP990000001' })
  number!: string;

  @ApiProperty({ example: 'FACT-2026-0124' })
  referenceCode!: string;

  @ApiProperty({ enum: ['validated', 'pending', 'rejected'], example: 'validated' })
  status!: 'validated' | 'pending' | 'rejected';

  @ApiPropertyOptional({ example: '900825759' })
  identification?: string;

  @ApiPropertyOptional({ example: 'HALLTEC S.A.S.' })
  customerName?: string;

  @ApiPropertyOptional({ example: 'facturacion@cliente.co' })
  email?: string;

  @ApiProperty({ example: '83300.00' })
  total!: string;

  @ApiProperty({ type: [DianMessageDto] })
  dianMessages!: DianMessageDto[];

  @ApiPropertyOptional({
    description: 'When DIAN validated it (ISO 8601, Bogotá time); absent while not validated.',
    example: '2026-05-13T08:21:49-05:00',
  })
  validatedAt?: string;

  @ApiPropertyOptional({ example: '2026-05-13T08:21:47-05:00' })
  createdAt?: string;
}

export class PaginationDto {
  @ApiProperty({ example: 1 })
  page!: number;

  @ApiProperty({ example: 10 })
  perPage!: number;

  @ApiProperty({ description: 'Total matching documents.', example: 42 })
  total!: number;

  @ApiProperty({ example: 5 })
  lastPage!: number;

  @ApiProperty({ example: true })
  hasMore!: boolean;
}

/** A page of documents; each collection names its own subclass for its schema. */
export class DocumentListResponseDto {
  @ApiProperty({ type: [DocumentSummaryDto] })
  data!: DocumentSummaryDto[];

  @ApiProperty({ type: PaginationDto })
  pagination!: PaginationDto;
}
