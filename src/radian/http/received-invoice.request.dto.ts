import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateBy,
} from 'class-validator';
import { isCalendarDate } from '../../documents/domain/calendar-date';
import { CLAIM_CONCEPT_CODES, CLAIM_CONCEPTS, ClaimConceptCode } from '../domain/radian-event';
import { RadianPersonRequestDto } from './radian-person.request.dto';
import { RECEIVED_INVOICE_ID, RECEIVED_INVOICE_ID_MESSAGE } from './received-invoice-event.path';

/** A CUFE: DIAN's SHA-384 of the invoice, 96 hexadecimal characters. */
const CUFE = /^[0-9a-fA-F]{96}$/;
const CUFE_EXAMPLE =
  '44e260a76e092e46fd5d8344a03146d5c8863ab68b18bde38a53318a33bf6805bac75f0bd71b0b75b3bd9c747a629470';

export class UploadReceivedInvoiceRequestDto {
  @ApiProperty({
    description:
      "The CUFE of the supplier's electronic invoice (96 hexadecimal characters, on its graphic representation and in its QR).",
    example: CUFE_EXAMPLE,
  })
  @IsString()
  @Matches(CUFE, { message: 'cufe must be the 96 hexadecimal characters of a CUFE' })
  cufe!: string;
}

export class ReceivedInvoiceEventRequestDto extends RadianPersonRequestDto {
  @ApiPropertyOptional({
    enum: CLAIM_CONCEPT_CODES,
    description:
      'Required with event 031 (claim), refused with the others: ' +
      Object.entries(CLAIM_CONCEPTS)
        .map(([code, name]) => `${code} ${name}`)
        .join(', ') +
      '.',
    example: '02',
  })
  @IsOptional()
  @IsIn(CLAIM_CONCEPT_CODES, {
    message: `claimConceptCode must be one of ${CLAIM_CONCEPT_CODES.join(', ')}`,
  })
  claimConceptCode?: ClaimConceptCode;
}

export class ListReceivedInvoicesQueryDto {
  @ApiPropertyOptional({
    description: "Factus's id of the received invoice.",
    example: '9d86ea7f-b561-407c-8407-477abd1b53f7',
  })
  @IsOptional()
  @IsString()
  @Matches(RECEIVED_INVOICE_ID, { message: `id ${RECEIVED_INVOICE_ID_MESSAGE}` })
  id?: string;

  @ApiPropertyOptional({
    description: 'Invoice number, or part of it (prefix + consecutive).',
    example: 'FE1234',
  })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9-]{1,50}$/, {
    message: 'number must be letters, digits and - (at most 50)',
  })
  number?: string;

  @ApiPropertyOptional({ description: 'Issue date (YYYY-MM-DD).', example: '2026-11-20' })
  @IsOptional()
  @IsString()
  @ValidateBy({
    name: 'isCalendarDate',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && isCalendarDate(value),
      defaultMessage: () => 'issueDate must be a date as YYYY-MM-DD',
    },
  })
  issueDate?: string;

  @ApiPropertyOptional({ description: 'CUFE.', example: CUFE_EXAMPLE })
  @IsOptional()
  @IsString()
  @Matches(CUFE, { message: 'cufe must be the 96 hexadecimal characters of a CUFE' })
  cufe?: string;

  @ApiPropertyOptional({
    description: "The supplier's NIT, or part of it (digits, without the check digit).",
    example: '900123456',
  })
  @IsOptional()
  @IsString()
  @Matches(/^\d{1,20}$/, { message: 'supplierNit must be digits only (at most 20)' })
  supplierNit?: string;

  @ApiPropertyOptional({ description: "The supplier's name.", example: 'Proveedor' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  supplierName?: string;

  @ApiPropertyOptional({
    enum: ['true', 'false'],
    description: 'true: invoices with no event left to emit; false: invoices with events pending.',
    example: 'false',
  })
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'completedEvents must be true or false' })
  completedEvents?: 'true' | 'false';

  @ApiPropertyOptional({ description: 'Page (from 1).', example: 1, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100000)
  page?: number;
}
