import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, Matches, MaxLength, ValidateIf } from 'class-validator';
import { IsDianCode } from '../../catalogs/is-dian-code.validator';
import { NIT_DOCUMENT_CODE, RadianPerson } from '../domain/radian-event';

/**
 * The person who performs a RADIAN act for the company (emitir-evento, aceptacion-tacita).
 * emitir-evento requires `dv` "si la persona se identifica con NIT (identification_document_code=6)":
 * 6 is v1's internal id of the NIT; in v2's DIAN codes the NIT is 31, so `dv` is required with 31.
 */
/** Some visible character: Factus trims names and refuses them empty (422 after the call). */
const NOT_BLANK = /\S/;

export class RadianPersonRequestDto {
  @ApiProperty({
    description:
      'DIAN identification document type of the person (GET /api/v1/catalogs/identification-document-types): 13 cédula, 31 NIT, ...',
    example: '13',
  })
  @IsDianCode('identification-document-types')
  identificationDocumentCode!: string;

  @ApiProperty({
    description:
      'Identification number: digits and letters, at most 20 (a NIT without its check digit).',
    example: '1234566778',
    maxLength: 20,
  })
  @IsString()
  @Matches(/^[A-Za-z0-9]{1,20}$/, {
    message: 'identification must be 1 to 20 digits or letters (no dots, dashes or check digit)',
  })
  identification!: string;

  @ApiPropertyOptional({
    description:
      'NIT check digit: required when identificationDocumentCode is 31 (NIT). An empty string (as in the Factus example) is no check digit.',
    example: '7',
  })
  @ValidateIf(
    (dto: RadianPersonRequestDto) =>
      dto.identificationDocumentCode === NIT_DOCUMENT_CODE ||
      (dto.dv !== undefined && dto.dv !== ''),
  )
  @Matches(/^\d$/, {
    message:
      'dv must be the one-digit NIT check digit (required when identificationDocumentCode is 31)',
  })
  dv?: string;

  @ApiProperty({ description: 'First names.', example: 'Pepito', maxLength: 100 })
  @IsString()
  @IsNotEmpty()
  @Matches(NOT_BLANK, { message: 'firstName must not be blank' })
  @MaxLength(100)
  firstName!: string;

  @ApiProperty({ description: 'Surnames.', example: 'Perez', maxLength: 100 })
  @IsString()
  @IsNotEmpty()
  @Matches(NOT_BLANK, { message: 'lastName must not be blank' })
  @MaxLength(100)
  lastName!: string;

  @ApiPropertyOptional({
    description: 'Job title in the company.',
    example: 'Jefe de compras',
    maxLength: 100,
  })
  @IsOptional()
  @IsString()
  @Matches(NOT_BLANK, { message: 'jobTitle must not be blank' })
  @MaxLength(100)
  jobTitle?: string;

  @ApiPropertyOptional({
    description: 'Area or department of the company.',
    example: 'Compras',
    maxLength: 100,
  })
  @IsOptional()
  @IsString()
  @Matches(NOT_BLANK, { message: 'organizationDepartment must not be blank' })
  @MaxLength(100)
  organizationDepartment?: string;
}

export function toRadianPerson(dto: RadianPersonRequestDto): RadianPerson {
  return {
    identificationDocumentCode: dto.identificationDocumentCode,
    identification: dto.identification,
    ...(dto.dv === undefined || dto.dv === '' ? {} : { dv: dto.dv }),
    firstName: dto.firstName,
    lastName: dto.lastName,
    ...(dto.jobTitle === undefined ? {} : { jobTitle: dto.jobTitle }),
    ...(dto.organizationDepartment === undefined
      ? {}
      : { organizationDepartment: dto.organizationDepartment }),
  };
}
