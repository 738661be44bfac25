import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DocumentResponseDto } from '../../documents/http/document.response.dto';

export class RelatedNoteDto {
  @ApiProperty({ example: 'NC12' })
  number!: string;

  @ApiPropertyOptional({ example: 'NC-2026-0015' })
  referenceCode?: string;

  @ApiPropertyOptional({ example: '11900.00' })
  total?: string;

  @ApiPropertyOptional({ example: true })
  isValidated?: boolean;
}

export class RelatedNotesDto {
  @ApiProperty({ type: [RelatedNoteDto] })
  creditNotes!: RelatedNoteDto[];

  @ApiProperty({ type: [RelatedNoteDto] })
  debitNotes!: RelatedNoteDto[];
}

/** An invoice: the document, its CUFE and the notes issued against it. */
export class InvoiceResponseDto extends DocumentResponseDto {
  @ApiPropertyOptional({
    description: 'CUFE: DIAN unique invoice code (SHA-384, 96 hex characters).',
    example: 'a821f2e05cb1b82e0f74…',
  })
  cufe?: string;

  @ApiProperty({
    type: RelatedNotesDto,
    description: 'Credit and debit notes issued on this invoice.',
  })
  relatedNotes!: RelatedNotesDto;
}
