import { ApiPropertyOptional } from '@nestjs/swagger';
import { CodeNameDto, DocumentResponseDto } from '../../documents/http/document.response.dto';

/** A credit or debit note: the document, its CUDE, and what it corrects and why. */
export class NoteResponseDto extends DocumentResponseDto {
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
