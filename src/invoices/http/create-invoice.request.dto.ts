import { PaymentDetailDto, RequiredPaymentDetails } from '../../documents/http/payment.dto';
import { InvoiceBodyDto } from './invoice-body.dto';

export class CreateInvoiceRequestDto extends InvoiceBodyDto {
  @RequiredPaymentDetails(
    'How it is paid. The amounts must add up to the invoice total plus cashRoundingAmount.',
  )
  paymentDetails!: PaymentDetailDto[];
}
