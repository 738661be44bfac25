import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { DocumentBodyDto } from '../../documents/http/document-body.dto';
import { CustomerDto } from '../../documents/http/customer.dto';
import { PaymentDetailDto, RequiredPaymentDetails } from '../../documents/http/payment.dto';

/**
 * A credit or debit note: what every sales document has (same items, taxes, payments and rules),
 * plus what the note corrects and why. Without `customer`, Factus takes the invoice's.
 */
export class CreateNoteRequestDto extends DocumentBodyDto {
  @ApiProperty({
    description:
      'DIAN correction concept. Credit notes: `1` partial return, `2` voids the invoice, `3` discount, `4` price adjustment, `5` prompt-payment discount, `6` volume discount. Debit notes: `1` interest, `2` expenses, `3` value change, `4` other.',
    example: '2',
  })
  @IsString()
  @IsNotEmpty()
  correctionConceptCode!: string;

  @ApiPropertyOptional({
    description:
      'Credit notes: `20` references an invoice (default), `22` without reference (needs billingPeriod and customer). Debit notes: `30` (default) / `32`.',
    example: '20',
  })
  @IsOptional()
  @IsString()
  customizationId?: string;

  @ApiPropertyOptional({
    description:
      'The invoice this note corrects (required with customization 20 / 30). It must exist and be validated by DIAN.',
    example: 'SETP990000001',
    maxLength: 50,
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  billNumber?: string;

  @ApiPropertyOptional({
    description: 'Free text printed on the note (≤ 500 characters).',
    example: 'Anulación de la factura por devolución total',
    maxLength: 500,
  })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  observation?: string;

  @ApiPropertyOptional({
    type: CustomerDto,
    description: 'The buyer; omit it to use the referenced invoice’s.',
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => CustomerDto)
  customer?: CustomerDto;

  @RequiredPaymentDetails(
    'How the note is settled. The amounts must add up to its total plus cashRoundingAmount.',
  )
  paymentDetails!: PaymentDetailDto[];
}
