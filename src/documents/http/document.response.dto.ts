import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class CodeNameDto {
  @ApiProperty({ description: 'Code.', example: '31' })
  code!: string;

  @ApiProperty({ description: 'Name.', example: 'NIT' })
  name!: string;
}

export class DianMessageDto {
  @ApiProperty({ description: 'DIAN rule code.', example: 'FAJ43b' })
  rule!: string;

  @ApiProperty({
    enum: ['notice', 'rejection'],
    description: 'A notice leaves the document valid; a rejection does not.',
    example: 'notice',
  })
  kind!: 'notice' | 'rejection';

  @ApiProperty({
    description: "DIAN's message.",
    example:
      'Nombre informado No corresponde al registrado en el RUT con respecto al Nit suministrado.',
  })
  message!: string;
}

export class DocumentTotalsDto {
  @ApiProperty({ description: 'Σ line bases (price × quantity − discount).', example: '70000.00' })
  grossAmount!: string;

  @ApiProperty({ description: 'Part of the gross amount that is taxed.', example: '70000.00' })
  taxableAmount!: string;

  @ApiProperty({ description: 'Σ taxes.', example: '13300.00' })
  taxAmount!: string;

  @ApiProperty({ description: 'Σ invoice-level surcharges.', example: '0.00' })
  surchargeAmount!: string;

  @ApiProperty({
    description: 'Σ prepayments (informative; they do not reduce the total).',
    example: '0.00',
  })
  prepaymentAmount!: string;

  @ApiProperty({ description: 'Total to pay, taxes included.', example: '83300.00' })
  total!: string;
}

export class DocumentCustomerDto {
  @ApiPropertyOptional({ type: CodeNameDto })
  identificationDocument?: CodeNameDto;

  @ApiProperty({ example: '900825759' })
  identification!: string;

  @ApiPropertyOptional({ example: '7' })
  dv?: string;

  @ApiPropertyOptional({ description: 'Name printed on the invoice.', example: 'HALLTEC S.A.S.' })
  graphicRepresentationName?: string;

  @ApiPropertyOptional({ example: 'HALLTEC S.A.S.' })
  company?: string;

  @ApiPropertyOptional({ example: 'Halltec' })
  tradeName?: string;

  @ApiPropertyOptional({ example: 'Alan Turing' })
  names?: string;

  @ApiPropertyOptional({ example: 'Calle 1 # 2-68' })
  address?: string;

  @ApiPropertyOptional({ example: 'facturacion@cliente.co' })
  email?: string;

  @ApiPropertyOptional({ example: '3001234567' })
  phone?: string;

  @ApiPropertyOptional({ type: CodeNameDto })
  legalOrganization?: CodeNameDto;

  @ApiPropertyOptional({ type: CodeNameDto })
  tribute?: CodeNameDto;

  @ApiPropertyOptional({ type: CodeNameDto })
  country?: CodeNameDto;

  @ApiPropertyOptional({ type: CodeNameDto })
  municipality?: CodeNameDto;
}

export class IssuedItemTaxDto {
  @ApiProperty({ example: '01' })
  code!: string;

  @ApiProperty({ example: 'IVA' })
  name!: string;

  @ApiProperty({ example: false })
  isExcluded!: boolean;

  @ApiPropertyOptional({ example: '19.00' })
  rate?: string;

  @ApiProperty({ example: '10000.00' })
  taxableAmount!: string;

  @ApiProperty({ example: '1900.00' })
  taxAmount!: string;
}

export class IssuedItemDto {
  @ApiProperty({ example: 'PROD-000A' })
  codeReference!: string;

  @ApiProperty({ example: 'Producto A' })
  name!: string;

  @ApiProperty({ example: '1.00' })
  quantity!: string;

  @ApiProperty({ example: '10000.00' })
  price!: string;

  @ApiProperty({ example: '0.00' })
  discountRate!: string;

  @ApiProperty({ example: '0.00' })
  discount!: string;

  @ApiProperty({ example: '10000.00' })
  grossValue!: string;

  @ApiPropertyOptional({ type: CodeNameDto })
  unitMeasure?: CodeNameDto;

  @ApiPropertyOptional({ type: CodeNameDto })
  standardCode?: CodeNameDto;

  @ApiProperty({ type: [IssuedItemTaxDto] })
  taxes!: IssuedItemTaxDto[];

  @ApiProperty({ example: '11900.00' })
  total!: string;

  @ApiPropertyOptional({ example: 'Entrega en bodega' })
  note?: string;
}

export class IssuedPaymentDetailDto {
  @ApiPropertyOptional({ type: CodeNameDto })
  paymentForm?: CodeNameDto;

  @ApiPropertyOptional({ type: CodeNameDto })
  paymentMethod?: CodeNameDto;

  @ApiPropertyOptional({ example: 'pago-001' })
  referenceCode?: string;

  @ApiProperty({ example: '83300.00' })
  amount!: string;

  @ApiPropertyOptional({
    description: 'YYYY-MM-DD (Factus answers DD-MM-YYYY; converted).',
    example: '2026-12-31',
  })
  dueDate?: string;
}

export class DocumentLinksDto {
  @ApiPropertyOptional({
    description: "DIAN's public lookup of the document (QR target).",
    example: 'https://catalogo-vpfe-hab.dian.gov.co/document/searchqr?documentkey=a821f2e0…',
  })
  qr?: string;

  @ApiPropertyOptional({
    description: "Factus's public page with the graphic representation.",
    example: 'https://app-sandbox.factus.com.co/documents/bills/dc0197e7…',
  })
  publicUrl?: string;

  @ApiProperty({ description: 'Our PDF download.', example: '/api/v1/invoices/SETP990000001/pdf' })
  pdf!: string;

  @ApiProperty({ description: 'Our XML download.', example: '/api/v1/invoices/SETP990000001/xml' })
  xml!: string;
}

/** What every issued document looks like in our JSON (invoices and notes add their own fields). */
export class DocumentResponseDto {
  @ApiProperty({ description: 'Prefix + consecutive.', example: 'SETP990000001' })
  number!: string;

  @ApiProperty({ example: 'FACT-2026-0124' })
  referenceCode!: string;

  @ApiProperty({
    enum: ['validated', 'pending', 'rejected'],
    description:
      '`validated` by DIAN; `pending`: DIAN has not answered (resend the same request to finish); `rejected` by DIAN.',
    example: 'validated',
  })
  status!: 'validated' | 'pending' | 'rejected';

  @ApiPropertyOptional({
    description: 'When DIAN validated it (ISO 8601, Bogotá time).',
    example: '2026-05-13T08:21:49-05:00',
  })
  validatedAt?: string;

  @ApiPropertyOptional({
    description: 'When Factus created it (ISO 8601, Bogotá time).',
    example: '2026-05-13T08:21:47-05:00',
  })
  createdAt?: string;

  @ApiProperty({ type: [DianMessageDto], description: 'DIAN notices and rejections.' })
  dianMessages!: DianMessageDto[];

  @ApiProperty({ type: DocumentTotalsDto })
  totals!: DocumentTotalsDto;

  @ApiProperty({ type: DocumentCustomerDto })
  customer!: DocumentCustomerDto;

  @ApiProperty({ type: [IssuedItemDto] })
  items!: IssuedItemDto[];

  @ApiProperty({ type: [IssuedPaymentDetailDto] })
  paymentDetails!: IssuedPaymentDetailDto[];

  @ApiPropertyOptional({ example: 'Observación de prueba' })
  observation?: string;

  @ApiProperty({ type: DocumentLinksDto })
  links!: DocumentLinksDto;
}
