import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches } from 'class-validator';
import { IsDianCode } from '../../catalogs/is-dian-code.validator';

export class LookupAcquirerQueryDto {
  @ApiProperty({
    description:
      'DIAN identification document type (GET /api/v1/catalogs/identification-document-types): 13 cédula, 31 NIT, 22 cédula de extranjería, ...',
    example: '13',
  })
  @IsDianCode('identification-document-types')
  identificationDocumentCode!: string;

  @ApiProperty({
    description:
      'Identification number: digits and letters only, at most 20 (a NIT without its check digit).',
    example: '1399995',
    maxLength: 20,
  })
  @IsString()
  @Matches(/^[A-Za-z0-9]{1,20}$/, {
    message: 'identification must be 1 to 20 digits or letters (no dots, dashes or check digit)',
  })
  identification!: string;
}
