import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsPositive,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { IsDecimalValue } from '../../common/http/decimal-value.validator';
import {
  AllowanceChargeDto,
  BillingPeriodDto,
  CurrencyDto,
  CustomerDto,
  EstablishmentDto,
  InvoiceItemDto,
  OrderReferenceDto,
  PrepaymentDetailDto,
  RelatedDocumentDto,
  TIME,
} from './document-request-parts.dto';

/** Everything an invoice request has but its payments (shared by create and preview). */
export class InvoiceBodyDto {
  @ApiProperty({
    description:
      'Your unique id for this invoice. It is the idempotency key: resending the same reference never creates a second invoice.',
    example: 'FACT-2026-0124',
    maxLength: 100,
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  @Matches(/^[A-Za-z0-9._\-/]+$/, {
    message: 'referenceCode may only contain letters, digits and . _ - /',
  })
  referenceCode!: string;

  @ApiPropertyOptional({
    description:
      'Document type: `01` sales invoice (default), `03` contingency instrument (needs relatedDocuments).',
    example: '01',
  })
  @IsOptional()
  @IsString()
  document?: string;

  @ApiPropertyOptional({
    description:
      'Factus numbering range id (GET /api/v1/numbering-ranges?document=21&active=true). Optional when the account has exactly one active invoice range. ' +
      'Checked before sending: a range that is unknown, inactive, expired or not an invoice range, or several active ranges and no id, is a 400 on this field.',
    example: 389,
  })
  @IsOptional()
  @IsInt()
  @IsPositive()
  numberingRangeId?: number;

  @ApiPropertyOptional({
    description: 'Operation type: `10` standard (default), `11` mandates, `12` transport.',
    example: '10',
  })
  @IsOptional()
  @IsString()
  operationType?: string;

  @ApiPropertyOptional({
    description: 'Free text printed on the invoice (≤ 250 characters).',
    example: 'Observación de prueba',
    maxLength: 250,
  })
  @IsOptional()
  @IsString()
  @MaxLength(250)
  observation?: string;

  @ApiPropertyOptional({
    description: 'Whether Factus e-mails the invoice to the customer (default true).',
    example: true,
  })
  @IsOptional()
  @IsBoolean()
  sendEmail?: boolean;

  @ApiPropertyOptional({ description: 'Issue time (HH:mm:ss).', example: '10:15:00' })
  @IsOptional()
  @Matches(TIME, { message: 'createdTime must be a time as HH:mm:ss' })
  createdTime?: string;

  @ApiPropertyOptional({
    oneOf: [{ type: 'string' }, { type: 'number' }],
    description: 'Σ paymentDetails.amount − total, at most ±500.00.',
    example: '0.00',
  })
  @IsOptional()
  @IsDecimalValue({ min: -500, max: 500 })
  cashRoundingAmount?: string | number;

  @ApiPropertyOptional({
    type: [PrepaymentDetailDto],
    description: 'Prepayments received before the invoice.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => PrepaymentDetailDto)
  prepaymentDetails?: PrepaymentDetailDto[];

  @ApiPropertyOptional({ type: CurrencyDto, description: 'Foreign currency shown on the PDF.' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => CurrencyDto)
  currency?: CurrencyDto;

  @ApiPropertyOptional({
    type: OrderReferenceDto,
    description: 'The purchase order this invoice answers.',
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => OrderReferenceDto)
  orderReference?: OrderReferenceDto;

  @ApiPropertyOptional({
    type: BillingPeriodDto,
    description: 'Billing period (utilities, rent, tuition).',
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => BillingPeriodDto)
  billingPeriod?: BillingPeriodDto;

  @ApiPropertyOptional({ type: [RelatedDocumentDto], description: 'Required for document 03.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => RelatedDocumentDto)
  relatedDocuments?: RelatedDocumentDto[];

  @ApiPropertyOptional({
    type: EstablishmentDto,
    description: 'Issuing establishment, when the company has several.',
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => EstablishmentDto)
  establishment?: EstablishmentDto;

  @ApiProperty({ type: CustomerDto, description: 'The buyer.' })
  // @ValidateNested() alone lets an absent customer, or an array, through.
  @IsObject()
  @ValidateNested()
  @Type(() => CustomerDto)
  customer!: CustomerDto;

  @ApiProperty({ type: [InvoiceItemDto], description: 'Lines (1 to 2000).' })
  @IsArray()
  @ArrayMinSize(1, { message: 'items must have at least one line' })
  @ArrayMaxSize(2000)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => InvoiceItemDto)
  items!: InvoiceItemDto[];

  @ApiPropertyOptional({
    type: [AllowanceChargeDto],
    description: 'Invoice-level surcharges (e.g. tips).',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => AllowanceChargeDto)
  allowanceCharges?: AllowanceChargeDto[];
}
