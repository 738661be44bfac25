import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

/** The supplier of a support document (Factus v2 `provider`, documentos-soporte/crear-validar). */
export class ProviderDto {
  @ApiProperty({
    description:
      'Identification type; a support document takes only `21` tarjeta de extranjería, `22` cédula de extranjería, `31` NIT, `41` passport, `42` foreign identification, `47` PEP, `50` foreign NIT.',
    example: '31',
  })
  @IsString()
  @IsNotEmpty()
  identificationDocumentCode!: string;

  @ApiProperty({
    description: 'Identification number; for a NIT digits only, without the check digit.',
    example: '2343543',
    maxLength: 20,
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(20)
  identification!: string;

  @ApiPropertyOptional({
    description:
      'NIT check digit. Omit it and it is computed; a wrong one is refused with the right one.',
    example: '7',
  })
  @IsOptional()
  @IsString()
  @Matches(/^\d$/, { message: 'dv must be one digit' })
  dv?: string;

  @ApiPropertyOptional({ description: 'Trade name.', example: 'Pepito Store', maxLength: 450 })
  @IsOptional()
  @IsString()
  @MaxLength(450)
  tradeName?: string;

  @ApiProperty({ description: 'Name of the provider.', example: 'Pepito Perez', maxLength: 450 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(450)
  names!: string;

  @ApiProperty({ description: 'Address of the provider.', example: 'calle 4', maxLength: 450 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(450)
  address!: string;

  @ApiProperty({
    description:
      'Country (ISO 3166-1 alpha-2): `CO` for a provider in Colombia; another for a provider abroad.',
    example: 'CO',
  })
  @IsString()
  @Matches(/^[A-Z]{2}$/, {
    message: 'countryCode must be two capital letters (ISO 3166-1 alpha-2)',
  })
  countryCode!: string;

  @ApiPropertyOptional({
    description: 'DIVIPOLA municipality; only for a provider in Colombia (countryCode CO).',
    example: '68679',
  })
  @IsOptional()
  @IsString()
  @Matches(/^\d{5}$/, { message: 'municipalityCode must be a 5-digit DIVIPOLA code' })
  municipalityCode?: string;

  @ApiPropertyOptional({ description: 'E-mail of the provider.', example: 'pepito@example.com' })
  @IsOptional()
  @IsEmail()
  @MaxLength(255)
  email?: string;

  @ApiPropertyOptional({
    description: 'Phone of the provider.',
    example: '3001234567',
    maxLength: 30,
  })
  @IsOptional()
  @IsString()
  @MaxLength(30)
  phone?: string;

  @ApiPropertyOptional({
    description:
      '`1` legal person, `2` natural person (in the official examples, not the field tables).',
    example: '2',
  })
  @IsOptional()
  @IsString()
  legalOrganizationCode?: string;
}
