import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { IsDecimalValue } from '../../common/http/decimal-value.validator';
import { DATE, DATE_MESSAGE, AMOUNT } from './request-formats';

export class PaymentDetailDto {
  @ApiProperty({
    description: 'Payment form: `1` cash (contado), `2` credit (needs dueDate).',
    example: '1',
  })
  @IsString()
  @IsNotEmpty()
  paymentForm!: string;

  @ApiProperty({
    description:
      'DIAN payment method code: `10` cash, `42` deposit, `47` transfer, `48` credit card, `49` debit card, `ZZZ` other…',
    example: '10',
  })
  @IsString()
  @IsNotEmpty()
  paymentMethodCode!: string;

  @ApiPropertyOptional({
    description: 'Your reference for this payment.',
    example: 'pago-001',
    maxLength: 100,
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  referenceCode?: string;

  @ApiProperty({
    ...AMOUNT,
    description:
      'Amount paid with this means, tax included. The amounts must add up to the invoice total plus cashRoundingAmount (POST /api/v1/invoices/preview computes it).',
    example: '83300.00',
  })
  @IsDecimalValue({ min: 0, exclusiveMin: true })
  amount!: string | number;

  @ApiPropertyOptional({
    description:
      'Due date (YYYY-MM-DD), required for credit (paymentForm 2), not before today in Bogotá.',
    example: '2026-12-31',
  })
  @IsOptional()
  @Matches(DATE, { message: DATE_MESSAGE('dueDate') })
  dueDate?: string;
}

export class PrepaymentDetailDto {
  @ApiProperty({
    description: 'Reference of the prepayment.',
    example: 'anticipo-01',
    maxLength: 100,
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  referenceCode!: string;

  @ApiProperty({ description: 'When it was received (YYYY-MM-DD).', example: '2026-11-20' })
  @Matches(DATE, { message: DATE_MESSAGE('receivedDate') })
  receivedDate!: string;

  @ApiProperty({ ...AMOUNT, description: 'Amount received in advance.', example: '3300.00' })
  @IsDecimalValue({ min: 0, exclusiveMin: true })
  amount!: string | number;

  @ApiPropertyOptional({
    description: 'Note (≤ 5000).',
    example: 'Anticipo recibido por transferencia',
    maxLength: 5000,
  })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  note?: string;
}

/**
 * A required `paymentDetails` list (1 to 20 payments), as every create request has it; the
 * description says what the amounts must add up to for that document type.
 */
export function RequiredPaymentDetails(description: string): PropertyDecorator {
  return applyDecorators(
    ApiProperty({ type: [PaymentDetailDto], description }),
    IsArray(),
    ArrayMinSize(1, { message: 'paymentDetails must have at least one payment' }),
    ArrayMaxSize(20),
    IsObject({ each: true }),
    ValidateNested({ each: true }),
    Type(() => PaymentDetailDto),
  );
}
