import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsBoolean,
  IsEmail,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
} from 'class-validator';
import { IsDecimalValue } from '../../common/http/decimal-value.validator';
import { DATE, TIME, DATE_MESSAGE, TIME_MESSAGE, AMOUNT } from './request-formats';

export class CurrencyDto {
  @ApiProperty({
    description: 'ISO 4217 code other than COP; only changes the totals shown on the PDF.',
    example: 'USD',
  })
  @IsString()
  @IsNotEmpty()
  type!: string;

  @ApiProperty({ ...AMOUNT, description: 'Pesos per unit of the currency.', example: '3565.07' })
  @IsDecimalValue({ min: 0, exclusiveMin: true })
  exchangeRate!: string | number;
}

export class OrderReferenceDto {
  @ApiProperty({ description: 'Purchase order number.', example: 'OC-2026-118', maxLength: 100 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  referenceCode!: string;

  @ApiPropertyOptional({ description: 'Order date (YYYY-MM-DD).', example: '2026-11-20' })
  @IsOptional()
  @Matches(DATE, { message: DATE_MESSAGE('issueDate') })
  issueDate?: string;
}

export class BillingPeriodDto {
  @ApiProperty({ description: 'Start (YYYY-MM-DD).', example: '2026-11-01' })
  @Matches(DATE, { message: DATE_MESSAGE('startDate') })
  startDate!: string;

  @ApiPropertyOptional({ description: 'Start time (HH:mm:ss).', example: '00:00:00' })
  @IsOptional()
  @Matches(TIME, { message: TIME_MESSAGE('startTime') })
  startTime?: string;

  @ApiProperty({ description: 'End (YYYY-MM-DD), after startDate.', example: '2026-11-30' })
  @Matches(DATE, { message: DATE_MESSAGE('endDate') })
  endDate!: string;

  @ApiPropertyOptional({ description: 'End time (HH:mm:ss).', example: '23:59:59' })
  @IsOptional()
  @Matches(TIME, { message: TIME_MESSAGE('endTime') })
  endTime?: string;
}

export class RelatedDocumentDto {
  @ApiProperty({ description: 'Document type code of the related document.', example: '01' })
  @IsString()
  @IsNotEmpty()
  code!: string;

  @ApiProperty({ description: 'Its issue date (YYYY-MM-DD).', example: '2026-11-20' })
  @Matches(DATE, { message: DATE_MESSAGE('issueDate') })
  issueDate!: string;

  @ApiProperty({ description: 'Its number (prefix + consecutive).', example: 'SETP990000001' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  number!: string;
}

export class EstablishmentDto {
  @ApiProperty({ description: 'Establishment name.', example: 'Sede Centro', maxLength: 255 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  name!: string;

  @ApiProperty({ description: 'Address.', example: 'Calle 10 # 3-13', maxLength: 255 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  address!: string;

  @ApiProperty({ description: 'Phone number.', example: '6076543210', maxLength: 50 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  phoneNumber!: string;

  @ApiProperty({ description: 'E-mail.', example: 'sede.centro@empresa.co' })
  @IsEmail({}, { message: 'email must be an e-mail address' })
  email!: string;

  @ApiProperty({ description: 'DIVIPOLA municipality code.', example: '68679' })
  @IsString()
  @IsNotEmpty()
  municipalityCode!: string;
}

export class AllowanceChargeDto {
  @ApiProperty({
    description: 'Concept: only `03` (conditional surcharge, e.g. a tip) is available in Factus.',
    example: '03',
  })
  @IsString()
  @IsNotEmpty()
  conceptType!: string;

  @ApiProperty({ description: 'true surcharge, false discount.', example: true })
  @IsBoolean()
  isSurcharge!: boolean;

  @ApiProperty({ description: 'Reason.', example: 'Propina', maxLength: 255 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  reason!: string;

  @ApiProperty({ ...AMOUNT, description: 'Base it applies to.', example: '70000.00' })
  @IsDecimalValue({ min: 0 })
  baseAmount!: string | number;

  @ApiProperty({
    ...AMOUNT,
    description: 'Amount of the surcharge or discount.',
    example: '7000.00',
  })
  @IsDecimalValue({ min: 0 })
  amount!: string | number;
}
