import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsObject, ValidateNested } from 'class-validator';
import { InvoiceBodyDto } from './invoice-body.dto';
import { PaymentDetailDto } from '../../documents/http/payment.dto';

export class CreateInvoiceRequestDto extends InvoiceBodyDto {
  @ApiProperty({
    type: [PaymentDetailDto],
    description:
      'How it is paid. The amounts must add up to the invoice total plus cashRoundingAmount.',
  })
  @IsArray()
  @ArrayMinSize(1, { message: 'paymentDetails must have at least one payment' })
  @ArrayMaxSize(20)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => PaymentDetailDto)
  paymentDetails!: PaymentDetailDto[];
}
