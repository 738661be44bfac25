import { ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { CodeNameDto, InvoiceResponseDto } from '../../documents/http/document.response.dto';

export class NoteResponseDto extends OmitType(InvoiceResponseDto, [
  'cufe',
  'relatedNotes',
] as const) {
  @ApiPropertyOptional({
    description: 'CUDE: DIAN unique code of the note (SHA-384, 96 hex characters).',
    example: '3b6f1c0e…',
  })
  cude?: string;

  @ApiPropertyOptional({ description: 'The invoice this note corrects.', example: 'SETP990000001' })
  billNumber?: string;

  @ApiPropertyOptional({ type: CodeNameDto, description: 'DIAN correction concept.' })
  correctionConcept?: CodeNameDto;

  @ApiPropertyOptional({
    type: CodeNameDto,
    description: 'Customization (with or without a referenced invoice).',
  })
  customization?: CodeNameDto;
}
