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
import { IsPathSafe } from '../../common/http/path-segment';
import {
  AllowanceChargeDto,
  BillingPeriodDto,
  CurrencyDto,
  EstablishmentDto,
  OrderReferenceDto,
} from './document-blocks.dto';
import { DocumentItemDto } from './item.dto';
import { PrepaymentDetailDto } from './payment.dto';
import { TIME } from './request-formats';

/**
 * What every sales document request shares (invoices, credit and debit notes): the reference, the
 * range, the lines and the document-level blocks. Each document type extends it with its own fields
 * and its payments.
 */
export class DocumentBodyDto {
  @ApiProperty({
    description:
      'Your unique id for this document. It is the idempotency key: resending the same reference never creates a second document.',
    example: 'FACT-2026-0124',
    maxLength: 100,
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  // It travels in a path later (delete by reference): `.` and `..` would change that path.
  @IsPathSafe()
  referenceCode!: string;

  @ApiPropertyOptional({
    description:
      "Factus numbering range id (GET /api/v1/numbering-ranges?document=21&active=true for invoices, 22 credit notes, 23 debit notes). Optional when the account has exactly one active range of the document's type. " +
      'Checked before sending: a range that is unknown, inactive, expired or of another document type, or several active ranges and no id, is a 400 on this field.',
    example: 389,
  })
  @IsOptional()
  @IsInt()
  @IsPositive()
  numberingRangeId?: number;

  @ApiPropertyOptional({
    description: 'Whether Factus e-mails the document to the customer (default true).',
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
    description: 'Prepayments received before the document.',
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
    description: 'The purchase order this document answers.',
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

  @ApiPropertyOptional({
    type: EstablishmentDto,
    description: 'Issuing establishment, when the company has several.',
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => EstablishmentDto)
  establishment?: EstablishmentDto;

  @ApiProperty({ type: [DocumentItemDto], description: 'Lines (1 to 2000).' })
  @IsArray()
  @ArrayMinSize(1, { message: 'items must have at least one line' })
  @ArrayMaxSize(2000)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => DocumentItemDto)
  items!: DocumentItemDto[];

  @ApiPropertyOptional({
    type: [AllowanceChargeDto],
    description: 'Document-level surcharges (e.g. tips).',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => AllowanceChargeDto)
  allowanceCharges?: AllowanceChargeDto[];
}
