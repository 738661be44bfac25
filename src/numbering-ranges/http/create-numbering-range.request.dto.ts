import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsDefined,
  IsInt,
  IsNotEmpty,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { IsDianCode } from '../../catalogs/is-dian-code.validator';
import { DOCUMENTS_WITH_RESOLUTION, NewNumberingRange } from '../domain/numbering-range';

const required = (field: string) => ({ message: `${field} is required` });

/** `POST /api/v1/numbering-ranges` (Factus `POST /v2/numbering-ranges`, crear-rango.md). */
export class CreateNumberingRangeRequestDto {
  @ApiProperty({
    description:
      'Range document code (GET /api/v1/catalogs/numbering-range-document-types): 21 invoice, 22 credit note, 23 debit note, 24 support document, 25 adjustment note, 30 paper invoice.',
    example: '21',
  })
  @IsDefined(required('document'))
  @IsDianCode('numbering-range-document-types')
  document!: string;

  @ApiProperty({
    description: 'Prefix of the numbers: 1 to 4 letters or digits.',
    example: 'SETP',
    maxLength: 4,
  })
  @IsDefined(required('prefix'))
  @IsString()
  @Matches(/^[A-Za-z0-9]{1,4}$/, { message: 'prefix must be 1 to 4 letters or digits' })
  prefix!: string;

  @ApiPropertyOptional({
    description:
      'DIAN resolution number; required for invoices (21), support documents (24) and paper invoices (30), whose ranges come from a resolution (see GET /api/v1/numbering-ranges/dian).',
    example: '18760000009',
    maxLength: 40,
  })
  @ValidateIf(
    (dto: CreateNumberingRangeRequestDto) =>
      DOCUMENTS_WITH_RESOLUTION.has(dto.document) || dto.resolutionNumber !== undefined,
  )
  @IsDefined({ message: 'resolutionNumber is required for this document type' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(40)
  resolutionNumber?: string;

  @ApiProperty({
    description:
      'The number of the next document the range will give out (Factus: "si el consecutivo se ha usado, debe agregar el número del último consecutivo usado").',
    example: 984000000,
    minimum: 0,
  })
  @IsDefined(required('current'))
  @IsInt({ message: 'current must be a whole number' })
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  current!: number;

  static toNewRange(dto: CreateNumberingRangeRequestDto): NewNumberingRange {
    return {
      document: dto.document,
      prefix: dto.prefix,
      ...(dto.resolutionNumber === undefined ? {} : { resolutionNumber: dto.resolutionNumber }),
      current: dto.current,
    };
  }
}

/** `PATCH /api/v1/numbering-ranges/:id/current` (actualizar-consecutivo.md). */
export class UpdateNumberingRangeCurrentRequestDto {
  @ApiProperty({
    description: 'The number of the next document the range will give out.',
    example: 990000100,
    minimum: 0,
  })
  @IsDefined(required('current'))
  @IsInt({ message: 'current must be a whole number' })
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  current!: number;
}
