import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { IsDecimalValue } from '../../common/http/decimal-value.validator';
import { AMOUNT } from './request-formats';

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
