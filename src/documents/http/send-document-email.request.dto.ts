import { ApiProperty } from '@nestjs/swagger';
import { IsEmail } from 'class-validator';

export class SendDocumentEmailRequestDto {
  @ApiProperty({
    description: 'Where Factus sends the invoice (PDF + XML in a ZIP).',
    example: 'facturacion@cliente.co',
  })
  @IsEmail({}, { message: 'email must be an e-mail address' })
  email!: string;
}
