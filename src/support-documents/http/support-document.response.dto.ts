import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import {
  CodeNameDto,
  DocumentCustomerDto,
  DocumentResponseDto,
} from '../../documents/http/document.response.dto';
import { DocumentListResponseDto } from '../../documents/http/document-list.response.dto';

export class WithholdingResponseDto {
  @ApiProperty({ description: 'Withholding code: `05` ReteIVA, `06` ReteRenta.', example: '06' })
  code!: string;

  @ApiProperty({ example: 'ReteRenta' })
  name!: string;

  @ApiProperty({ description: 'Amount withheld (two decimals).', example: '2800.00' })
  value!: string;
}

/** A support document: the document with its provider (instead of a customer) and its CUDS. */
export class SupportDocumentResponseDto extends OmitType(DocumentResponseDto, ['customer']) {
  @ApiPropertyOptional({
    description: 'CUDS: DIAN unique code of the support document (SHA-384, 96 hex characters).',
    example:
      '174d8d1a07a4d03bfd5c4cc6ddfc7b8abd247f959530b0fb4b9906e6eb3ed77f0918b2ea944806018168d57a7740c046',
  })
  cuds?: string;

  @ApiProperty({ type: DocumentCustomerDto, description: 'The provider (supplier).' })
  provider!: DocumentCustomerDto;

  @ApiProperty({
    type: [WithholdingResponseDto],
    description: 'Withholdings by code, as Factus totals them (they do not change the total).',
  })
  withholdingTaxes!: WithholdingResponseDto[];
}

/** An adjustment note: a support document's shape, the support document it corrects and why. */
export class AdjustmentNoteResponseDto extends SupportDocumentResponseDto {
  @ApiPropertyOptional({
    description: 'The support document this note corrects.',
    example: 'SEDS984000001',
  })
  supportDocumentNumber?: string;

  @ApiPropertyOptional({ description: 'CUDS of the corrected support document.' })
  supportDocumentCuds?: string;

  @ApiPropertyOptional({ type: CodeNameDto, description: 'DIAN correction concept.' })
  correctionConcept?: CodeNameDto;
}

/** A page of support documents (its own schema name in OpenAPI); `customerName` is the provider's. */
export class ListSupportDocumentsResponseDto extends DocumentListResponseDto {}

/** A page of adjustment notes (its own schema name in OpenAPI); `customerName` is the provider's. */
export class ListAdjustmentNotesResponseDto extends DocumentListResponseDto {}
