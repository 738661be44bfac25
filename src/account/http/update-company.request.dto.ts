import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsEmail,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateBy,
  ValidateIf,
  ValidationArguments,
} from 'class-validator';
import { IsDianCode } from '../../catalogs/is-dian-code.validator';
import {
  type CompanyUpdate,
  LEGAL_PERSON,
  NATURAL_PERSON,
  requiredNameMessage,
} from '../domain/company-update';

/** Names and free texts: Factus documents no limit; 255 is Laravel's string column (assumed). */
const TEXT = 255;

type NameField = 'company' | 'names' | 'surnames';

/**
 * In place of `@IsOptional()` on the names the legal organization requires (v2
 * empresas/actualizar): checked here, with every other field, rather than in a second round.
 * Optional otherwise: left out, null or "" (which clears it) as the other texts.
 */
function RequiredFor(legalOrganizationCode: string): PropertyDecorator {
  return (target, property) => {
    const field = property as NameField;
    const required = (dto: object) =>
      (dto as UpdateCompanyRequestDto).legalOrganizationCode === legalOrganizationCode;
    ValidateIf(
      (dto: object, value: unknown) => (value !== undefined && value !== null) || required(dto),
    )(target, property);
    ValidateBy({
      name: 'requiredFor',
      validator: {
        validate: (value: unknown, args?: ValidationArguments) =>
          !required(args?.object ?? {}) || (typeof value === 'string' && value.trim() !== ''),
        defaultMessage: () => requiredNameMessage(field, legalOrganizationCode),
      },
    })(target, property);
  };
}

/**
 * `PUT /api/v1/company` (v2 empresas/actualizar). The codes are checked against the DIAN tables
 * (`GET /api/v1/catalogs/...`); the names the legal organization requires are checked too.
 * A field left out (or null) is not sent: Factus keeps it. An empty text clears it.
 */
export class UpdateCompanyRequestDto implements CompanyUpdate {
  @ApiProperty({
    description: 'Legal organization: `1` legal person (persona jurídica), `2` natural person.',
    example: '2',
  })
  @IsString()
  @IsDianCode('legal-organizations')
  legalOrganizationCode!: string;

  @ApiPropertyOptional({
    description: 'Company name (razón social); required for a legal person (1).',
    maxLength: TEXT,
  })
  @RequiredFor(LEGAL_PERSON)
  @IsString()
  @MaxLength(TEXT)
  company?: string;

  @ApiPropertyOptional({
    description: 'Trade name.',
    maxLength: TEXT,
  })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT)
  tradeName?: string;

  @ApiPropertyOptional({
    description: 'Names of the person; required for a natural person (2).',
    example: 'Alan',
    maxLength: TEXT,
  })
  @RequiredFor(NATURAL_PERSON)
  @IsString()
  @MaxLength(TEXT)
  names?: string;

  @ApiPropertyOptional({
    description: 'Surnames of the person; required for a natural person (2).',
    example: 'Turing',
    maxLength: TEXT,
  })
  @RequiredFor(NATURAL_PERSON)
  @IsString()
  @MaxLength(TEXT)
  surnames?: string;

  @ApiPropertyOptional({
    description: 'Commercial registration (matrícula mercantil).',
    maxLength: TEXT,
  })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT)
  registrationCode?: string;

  @ApiPropertyOptional({
    description: 'Main economic activity: its CIIU code (4 digits).',
    example: '6920',
  })
  @IsOptional()
  @IsString()
  @Matches(/^(\d{4})?$/, { message: 'economicActivity must be a CIIU code of 4 digits' })
  economicActivity?: string;

  @ApiPropertyOptional({
    description: 'Phone.',
    example: '0987654321',
    maxLength: 50,
  })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  phone?: string;

  @ApiPropertyOptional({
    description: 'E-mail.',
    example: 'alanturing@enigmasas.com',
    maxLength: TEXT,
  })
  @IsOptional()
  @IsString()
  @ValidateIf((_dto, value) => value !== '')
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(TEXT)
  email?: string;

  @ApiPropertyOptional({
    description: 'Address.',
    example: 'calle 100 #50-80',
    maxLength: TEXT,
  })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT)
  address?: string;

  @ApiPropertyOptional({
    description: 'Customer tribute: `01` IVA, `ZZ` not applicable.',
    example: 'ZZ',
  })
  @IsOptional()
  @IsString()
  @IsDianCode('customer-tributes')
  tributeCode?: string;

  @ApiProperty({
    description: 'DIVIPOLA municipality code (`GET /api/v1/catalogs/municipalities`).',
    example: '68872',
  })
  @IsString()
  @IsNotEmpty()
  @IsDianCode('municipalities')
  municipalityCode!: string;

  @ApiPropertyOptional({
    description:
      'One fiscal responsibility code: O-13, O-15, O-23, O-47 or R-99-PN (Factus takes one code here, as a string).',
    example: 'R-99-PN',
  })
  @IsOptional()
  @IsString()
  @IsDianCode('fiscal-responsibilities')
  responsibilities?: string;
}
