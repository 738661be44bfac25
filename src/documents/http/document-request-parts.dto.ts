import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { IsDecimalValue } from '../../common/http/decimal-value.validator';

export const DATE = /^\d{4}-\d{2}-\d{2}$/;
export const TIME = /^\d{2}:\d{2}:\d{2}$/;
const DATE_MESSAGE = (field: string) => `${field} must be a date as YYYY-MM-DD`;
const TIME_MESSAGE = (field: string) => `${field} must be a time as HH:mm:ss`;
const AMOUNT: { oneOf: Array<{ type: 'string' | 'number' }> } = {
  oneOf: [{ type: 'string' }, { type: 'number' }],
};

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

export class CustomerDto {
  @ApiProperty({
    description:
      'DIAN identification document type: `13` cédula, `31` NIT, `22` cédula de extranjería, `41` passport…',
    example: '31',
  })
  @IsString()
  @IsNotEmpty()
  identificationDocumentCode!: string;

  @ApiProperty({
    description: 'Identification number; for a NIT digits only, without the check digit.',
    example: '900825759',
    maxLength: 20,
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(20)
  identification!: string;

  @ApiPropertyOptional({
    description:
      'NIT check digit. Omit it and it is computed; a wrong one is refused with the right one.',
    example: '7',
  })
  @IsOptional()
  @IsString()
  @Matches(/^\d$/, { message: 'dv must be one digit' })
  dv?: string;

  @ApiPropertyOptional({
    description:
      'Company name (razón social); required for a legal person (legalOrganizationCode 1).',
    example: 'HALLTEC S.A.S.',
    maxLength: 450,
  })
  @IsOptional()
  @IsString()
  @MaxLength(450)
  company?: string;

  @ApiPropertyOptional({ description: 'Trade name.', example: 'Halltec', maxLength: 450 })
  @IsOptional()
  @IsString()
  @MaxLength(450)
  tradeName?: string;

  @ApiPropertyOptional({
    description: 'Full name; required for a natural person (legalOrganizationCode 2).',
    example: 'Alan Turing',
    maxLength: 450,
  })
  @IsOptional()
  @IsString()
  @MaxLength(450)
  names?: string;

  @ApiPropertyOptional({ description: 'Address.', example: 'Calle 1 # 2-68', maxLength: 255 })
  @IsOptional()
  @IsString()
  @MaxLength(255)
  address?: string;

  @ApiPropertyOptional({
    description: 'E-mail; without it DIAN adds notice CAK55.',
    example: 'facturacion@cliente.co',
  })
  @IsOptional()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  email?: string;

  @ApiPropertyOptional({ description: 'Phone.', example: '3001234567', maxLength: 50 })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  phone?: string;

  @ApiProperty({
    description: '`1` legal person (persona jurídica), `2` natural person.',
    example: '1',
  })
  @IsString()
  @IsNotEmpty()
  legalOrganizationCode!: string;

  @ApiPropertyOptional({
    description: 'Customer tribute: `01` IVA, `ZZ` not applicable (default).',
    example: 'ZZ',
  })
  @IsOptional()
  @IsString()
  tributeCode?: string;

  @ApiPropertyOptional({ description: 'ISO country code (default CO).', example: 'CO' })
  @IsOptional()
  @IsString()
  countryCode?: string;

  @ApiPropertyOptional({
    description: 'DIVIPOLA municipality code, for Colombian customers.',
    example: '68679',
  })
  @IsOptional()
  @IsString()
  municipalityCode?: string;

  @ApiPropertyOptional({
    description: 'Fiscal responsibilities: O-13, O-15, O-23, O-47, R-99-PN (default).',
    example: ['R-99-PN'],
    type: [String],
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  responsibilities?: string[];
}

export class ItemTaxDto {
  @ApiPropertyOptional({
    description: 'Tax code: `01` IVA, `04` INC, `35` ultra-processed foods. Omit with isExcluded.',
    example: '01',
  })
  @ValidateIf((tax: ItemTaxDto) => tax.isExcluded !== true)
  @IsString()
  @IsNotEmpty()
  code?: string;

  @ApiPropertyOptional({
    ...AMOUNT,
    description: 'Rate in percent. Omit with isExcluded.',
    example: '19.00',
  })
  @ValidateIf((tax: ItemTaxDto) => tax.isExcluded !== true)
  @IsDecimalValue({ min: 0, max: 100 })
  rate?: string | number;

  @ApiPropertyOptional({
    description: 'true for goods or services excluded from IVA (then send only this member).',
    example: false,
  })
  @IsOptional()
  @IsBoolean()
  isExcluded?: boolean;
}

export class WithholdingTaxDto {
  @ApiProperty({ description: 'Self-withholding: `05` ReteIVA, `06` ReteRenta.', example: '06' })
  @IsString()
  @IsNotEmpty()
  code!: string;

  @ApiProperty({ ...AMOUNT, description: 'Rate in percent.', example: '4.00' })
  @IsDecimalValue({ min: 0, max: 100 })
  rate!: string | number;
}

export class MandateDto {
  @ApiProperty({ description: 'Identification type of the mandator.', example: '31' })
  @IsString()
  @IsNotEmpty()
  identificationDocumentCode!: string;

  @ApiProperty({ description: 'Identification of the mandator.', example: '900825759' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(20)
  identification!: string;
}

export class DocumentItemDto {
  @ApiProperty({ description: 'Your product code.', example: 'PROD-000A', maxLength: 100 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  codeReference!: string;

  @ApiProperty({ description: 'Product or service name.', example: 'Producto A', maxLength: 500 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  name!: string;

  @ApiProperty({ ...AMOUNT, description: 'Quantity (> 0, at most 2 decimals).', example: '1.00' })
  @IsDecimalValue({ min: 0, exclusiveMin: true })
  quantity!: string | number;

  @ApiPropertyOptional({
    ...AMOUNT,
    description: 'Discount in percent (0–100). Not with discountAmount.',
    example: '0.00',
  })
  @IsOptional()
  @IsDecimalValue({ min: 0, max: 100 })
  discountRate?: string | number;

  @ApiPropertyOptional({
    ...AMOUNT,
    description: 'Discount as an amount. Not with discountRate.',
    example: '0.00',
  })
  @IsOptional()
  @IsDecimalValue({ min: 0 })
  discountAmount?: string | number;

  @ApiProperty({
    ...AMOUNT,
    description: 'Net unit price, before taxes and discount (Factus v2).',
    example: '10000.00',
  })
  @IsDecimalValue({ min: 0 })
  price!: string | number;

  @ApiProperty({
    description: 'Unit of measure (UN/ECE code as DIAN uses it): `94` unit, `KGM`, `MTR`…',
    example: '94',
  })
  @IsString()
  @IsNotEmpty()
  unitMeasureCode!: string;

  @ApiProperty({
    description:
      'Product identification standard: `999` own code, `001` UNSPSC, `020` tariff heading, `010` GTIN.',
    example: '999',
  })
  @IsString()
  @IsNotEmpty()
  standardCode!: string;

  @ApiProperty({
    type: [ItemTaxDto],
    description: 'At least one: `{ code, rate }` entries, or a single `{ isExcluded: true }`.',
    example: [{ code: '01', rate: '19.00' }],
  })
  @IsArray()
  @ArrayMinSize(1, {
    message: 'taxes must have at least one entry (use [{"isExcluded": true}] for excluded items)',
  })
  @ArrayMaxSize(5)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => ItemTaxDto)
  taxes!: ItemTaxDto[];

  @ApiPropertyOptional({
    type: [WithholdingTaxDto],
    description: 'Self-withholdings (autorretenciones); they do not change the total.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => WithholdingTaxDto)
  withholdingTaxes?: WithholdingTaxDto[];

  @ApiPropertyOptional({
    description: 'Extra information about the line.',
    example: 'Entrega en bodega',
    maxLength: 1000,
  })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string;

  @ApiPropertyOptional({
    description:
      'Mandates (operationType 11): `0` own income, `1` third-party income (needs mandate).',
    example: '0',
  })
  @IsOptional()
  @IsIn(['0', '1'])
  schemeId?: string;

  @ApiPropertyOptional({ type: MandateDto, description: 'Mandator, when schemeId is 1.' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => MandateDto)
  mandate?: MandateDto;
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
