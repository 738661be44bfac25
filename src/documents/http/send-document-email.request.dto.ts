import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBase64, IsEmail, IsOptional, IsString } from 'class-validator';

export class SendDocumentEmailRequestDto {
  @ApiProperty({
    description: 'Where Factus sends the document (PDF + AttachedDocument XML in a ZIP).',
    example: 'facturacion@cliente.co',
  })
  @IsEmail({}, { message: 'email must be an e-mail address' })
  email!: string;

  @ApiPropertyOptional({
    description:
      "Your own graphic representation (a PDF, base64) sent instead of Factus's " +
      '(Factus `pdf_base_64_encoded`, v2 notas-credito/enviar-correo).',
    format: 'byte',
    example: 'JVBERi0xLjQKJcfsj6IK',
  })
  @IsOptional()
  @IsString()
  @IsBase64({}, { message: 'pdfBase64Encoded must be base64' })
  pdfBase64Encoded?: string;
}
