import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsObject, IsOptional, ValidateNested } from 'class-validator';
import { InvoiceBodyDto } from './invoice-body.dto';
import { PaymentDetailDto } from '../../documents/http/payment.dto';

/** The create request with payments optional: the preview is how an ERP learns what to pay. */
export class PreviewInvoiceRequestDto extends InvoiceBodyDto {
  @ApiPropertyOptional({
    type: [PaymentDetailDto],
    description: 'Optional here; when sent, they are checked against the computed total.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => PaymentDetailDto)
  paymentDetails?: PaymentDetailDto[];
}
