import { ApiProperty } from '@nestjs/swagger';

export class AcquirerResponseDto {
  @ApiProperty({
    description: 'Name or company name registered at DIAN.',
    example: 'Nombre Cédula de ciudadanía 5',
  })
  name!: string;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'E-mail registered at DIAN for receiving electronic invoices; null when none.',
    example: 'Mail_Cédula de ciudadanía_5@mail.com',
  })
  email!: string | null;
}
