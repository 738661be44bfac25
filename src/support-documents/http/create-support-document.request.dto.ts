import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
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
import { DocumentBodyDto } from '../../documents/http/document-body.dto';
import { DocumentItemDto } from '../../documents/http/item.dto';
import { PaymentDetailDto, RequiredPaymentDetails } from '../../documents/http/payment.dto';
import { DATE } from '../../documents/http/request-formats';
import { ProviderDto } from './provider.dto';

/** When the purchase of a line was made. */
export class ItemPeriodDto {
  @ApiProperty({
    description:
      '`1` per operation (bought today; the default when `period` is absent), `2` weekly accumulation of earlier purchases.',
    example: '2',
  })
  @IsString()
  @IsIn(['1', '2'], { message: 'generationMode must be 1 or 2' })
  generationMode!: string;

  @ApiPropertyOptional({
    description:
      'When the purchase was made (YYYY-MM-DD): required with generationMode 2, at most 6 days before today; ignored with 1.',
    example: '2026-11-27',
  })
  @IsOptional()
  @Matches(DATE, { message: 'startDate must be a date as YYYY-MM-DD' })
  startDate?: string;
}

/**
 * A line of an adjustment note: the fields the v2 pages list for `items.*` (code_reference, name,
 * quantity, discount_rate, price, unit_measure_code, standard_code, withholding_taxes, taxes):
 * a sales line without mandate, scheme, note or a discount as an amount (only `discount_rate`).
 */
export class AdjustmentNoteItemDto extends OmitType(DocumentItemDto, [
  'mandate',
  'schemeId',
  'note',
  'discountAmount',
]) {}

/** A line of a support document: an adjustment note's line with its period. */
export class SupportItemDto extends AdjustmentNoteItemDto {
  @ApiPropertyOptional({ type: ItemPeriodDto, description: 'When this purchase was made.' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ItemPeriodDto)
  period?: ItemPeriodDto;
}

/**
 * A support document (documento soporte): a purchase from a provider who does not invoice. What
 * every document has (reference, range, payments, lines, establishment), no invoice-only block,
 * and the provider instead of a customer.
 */
export class CreateSupportDocumentRequestDto extends OmitType(DocumentBodyDto, [
  'sendEmail',
  'prepaymentDetails',
  'currency',
  'orderReference',
  'billingPeriod',
  'allowanceCharges',
  'items',
  'numberingRangeId',
]) {
  @ApiPropertyOptional({
    description:
      'Factus numbering range id: a range of document 24 for support documents, 25 for adjustment notes (GET /api/v1/numbering-ranges?document=24&active=true). Optional when the account has exactly one active range of that document; checked before sending (400 on this field).',
    example: 391,
  })
  @IsOptional()
  @IsInt()
  @IsPositive()
  numberingRangeId?: number;

  @ApiProperty({ type: ProviderDto, description: 'The provider (supplier) of the purchase.' })
  @IsObject()
  @ValidateNested()
  @Type(() => ProviderDto)
  provider!: ProviderDto;

  @ApiProperty({
    type: [SupportItemDto],
    description:
      'Lines (1 to 2000). Taxes: only IVA `01` or `{ "isExcluded": true }`; withholdings `05` ReteIVA, `06` ReteRenta.',
  })
  @IsArray()
  @ArrayMinSize(1, { message: 'items must have at least one line' })
  @ArrayMaxSize(2000)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => SupportItemDto)
  items!: SupportItemDto[];

  @ApiPropertyOptional({
    description: 'Free text printed on the document (≤ 500 characters).',
    example: 'Compra de insumos',
    maxLength: 500,
  })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  observation?: string;

  @RequiredPaymentDetails(
    'How the purchase is paid. The amounts must add up to its total plus cashRoundingAmount.',
  )
  paymentDetails!: PaymentDetailDto[];
}

/**
 * An adjustment note: a support document's body that corrects one of them, and why. The
 * notas-ajuste pages list neither `establishment` nor `items.*.period`: both are refused here
 * (unknown fields) rather than sent for Factus to ignore.
 */
export class CreateAdjustmentNoteRequestDto extends OmitType(CreateSupportDocumentRequestDto, [
  'establishment',
  'items',
]) {
  @ApiProperty({
    type: [AdjustmentNoteItemDto],
    description:
      'Lines (1 to 2000). Taxes: only IVA `01` or `{ "isExcluded": true }`; withholdings `05` ReteIVA, `06` ReteRenta.',
  })
  @IsArray()
  @ArrayMinSize(1, { message: 'items must have at least one line' })
  @ArrayMaxSize(2000)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => AdjustmentNoteItemDto)
  items!: AdjustmentNoteItemDto[];

  @ApiProperty({
    description: 'The support document this note corrects. It must exist and be validated by DIAN.',
    example: 'SEDS984000001',
    maxLength: 50,
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  supportDocumentNumber!: string;

  @ApiProperty({
    description:
      'DIAN correction concept: `1` partial return, `2` voids the support document, `3` discount, `4` price adjustment, `5` other.',
    example: '1',
  })
  @IsString()
  @IsNotEmpty()
  correctionConceptCode!: string;
}
