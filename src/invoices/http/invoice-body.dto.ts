import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsObject,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { DocumentBodyDto } from '../../documents/http/document-body.dto';
import { CustomerDto } from '../../documents/http/customer.dto';
import { RelatedDocumentDto } from '../../documents/http/document-blocks.dto';

/** Everything an invoice request has but its payments (shared by create and preview). */
export class InvoiceBodyDto extends DocumentBodyDto {
  @ApiPropertyOptional({
    description:
      'Document type: `01` sales invoice (default), `03` contingency instrument (needs relatedDocuments).',
    example: '01',
  })
  @IsOptional()
  @IsString()
  document?: string;

  @ApiPropertyOptional({
    description:
      'Operation type: `10` standard (default), `11` mandates. Transport (`12`) and health-sector (`SS-*`) invoices are refused with 400 until their blocks are modelled.',
    example: '10',
  })
  @IsOptional()
  @IsString()
  operationType?: string;

  @ApiPropertyOptional({
    description: 'Free text printed on the invoice (≤ 500 characters, as the v2 bills page says).',
    example: 'Observación de prueba',
    maxLength: 500,
  })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  observation?: string;

  @ApiPropertyOptional({ type: [RelatedDocumentDto], description: 'Required for document 03.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => RelatedDocumentDto)
  relatedDocuments?: RelatedDocumentDto[];

  @ApiProperty({ type: CustomerDto, description: 'The buyer.' })
  // @ValidateNested() alone lets an absent customer, or an array, through.
  @IsObject()
  @ValidateNested()
  @Type(() => CustomerDto)
  customer!: CustomerDto;
}
