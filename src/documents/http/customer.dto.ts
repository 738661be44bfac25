import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsEmail,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
} from 'class-validator';

export class CustomerDto {
  @ApiProperty({
    description:
      'DIAN identification document type: `13` cédula, `31` NIT, `22` cédula de extranjería, `41` passport…',
    example: '31',
  })
  @IsString()
  @IsNotEmpty()
  identificationDocumentCode!: string;

  @ApiProperty({
    description: 'Identification number; for a NIT digits only, without the check digit.',
    example: '900825759',
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

  @ApiPropertyOptional({
    description:
      'Company name (razón social); required for a legal person (legalOrganizationCode 1).',
    example: 'HALLTEC S.A.S.',
    maxLength: 450,
  })
  @IsOptional()
  @IsString()
  @MaxLength(450)
  company?: string;

  @ApiPropertyOptional({ description: 'Trade name.', example: 'Halltec', maxLength: 450 })
  @IsOptional()
  @IsString()
  @MaxLength(450)
  tradeName?: string;

  @ApiPropertyOptional({
    description: 'Full name; required for a natural person (legalOrganizationCode 2).',
    example: 'Alan Turing',
    maxLength: 450,
  })
  @IsOptional()
  @IsString()
  @MaxLength(450)
  names?: string;

  @ApiPropertyOptional({ description: 'Address.', example: 'Calle 1 # 2-68', maxLength: 255 })
  @IsOptional()
  @IsString()
  @MaxLength(255)
  address?: string;

  @ApiPropertyOptional({
    description: 'E-mail; without it DIAN adds notice CAK55.',
    example: 'facturacion@cliente.co',
  })
  @IsOptional()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  email?: string;

  @ApiPropertyOptional({ description: 'Phone.', example: '3001234567', maxLength: 50 })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  phone?: string;

  @ApiProperty({
    description: '`1` legal person (persona jurídica), `2` natural person.',
    example: '1',
  })
  @IsString()
  @IsNotEmpty()
  legalOrganizationCode!: string;

  @ApiPropertyOptional({
    description: 'Customer tribute: `01` IVA, `ZZ` not applicable (default).',
    example: 'ZZ',
  })
  @IsOptional()
  @IsString()
  tributeCode?: string;

  @ApiPropertyOptional({ description: 'ISO country code (default CO).', example: 'CO' })
  @IsOptional()
  @IsString()
  countryCode?: string;

  @ApiPropertyOptional({
    description: 'DIVIPOLA municipality code, for Colombian customers.',
    example: '68679',
  })
  @IsOptional()
  @IsString()
  municipalityCode?: string;

  @ApiPropertyOptional({
    description: 'Fiscal responsibilities: O-13, O-15, O-23, O-47, R-99-PN (default).',
    example: ['R-99-PN'],
    type: [String],
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  responsibilities?: string[];
}
