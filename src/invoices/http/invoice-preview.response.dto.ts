import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { toAmountString } from '../../common/domain/decimal';
import type { ComputedDocumentTotals } from '../../documents/domain/document-totals';
import { DocumentTotalsDto } from '../../documents/http/document.response.dto';

export class PreviewTaxDto {
  @ApiProperty({ description: 'Tax code.', example: '01' })
  code!: string;

  @ApiProperty({ description: 'Rate in percent.', example: '19.00' })
  rate!: string;

  @ApiProperty({ example: '70000.00' })
  taxableAmount!: string;

  @ApiProperty({ example: '13300.00' })
  taxAmount!: string;
}

export class PreviewWithholdingDto {
  @ApiProperty({ description: '`05` ReteIVA, `06` ReteRenta.', example: '06' })
  code!: string;

  @ApiPropertyOptional({
    description: 'Rate in percent (per line; absent on grouped totals).',
    example: '4.00',
  })
  rate?: string;

  @ApiProperty({
    description: 'What the rate applies to: the IVA for ReteIVA, the base otherwise.',
    example: '70000.00',
  })
  baseAmount!: string;

  @ApiProperty({ example: '2800.00' })
  amount!: string;
}

export class PreviewLineDto {
  @ApiProperty({ description: 'price × quantity.', example: '60000.00' })
  gross!: string;

  @ApiProperty({ example: '0.00' })
  discount!: string;

  @ApiProperty({
    description: 'gross − discount: the taxable base of the line.',
    example: '60000.00',
  })
  base!: string;

  @ApiProperty({ type: [PreviewTaxDto] })
  taxes!: PreviewTaxDto[];

  @ApiProperty({ example: '11400.00' })
  taxAmount!: string;

  @ApiProperty({ type: [PreviewWithholdingDto] })
  withholdings!: PreviewWithholdingDto[];

  @ApiProperty({ description: 'base + taxes.', example: '71400.00' })
  total!: string;
}

export class InvoicePreviewResponseDto {
  @ApiProperty({ type: [PreviewLineDto], description: 'One entry per item, in order.' })
  lines!: PreviewLineDto[];

  @ApiProperty({ type: [PreviewTaxDto], description: 'Taxes grouped by tax code and rate.' })
  taxes!: PreviewTaxDto[];

  @ApiProperty({
    type: [PreviewWithholdingDto],
    description: 'Self-withholdings grouped by code (they do not change the total).',
  })
  withholdings!: PreviewWithholdingDto[];

  @ApiProperty({ example: '0.00' })
  withholdingAmount!: string;

  @ApiProperty({ description: 'Invoice-level discounts.', example: '0.00' })
  allowanceAmount!: string;

  @ApiProperty({ type: DocumentTotalsDto })
  totals!: DocumentTotalsDto;

  @ApiProperty({
    description: 'What paymentDetails must add up to (plus cashRoundingAmount).',
    example: '83300.00',
  })
  payable!: string;
}

const money = toAmountString;

export function toInvoicePreviewResponse(
  totals: ComputedDocumentTotals,
): InvoicePreviewResponseDto {
  return {
    lines: totals.lines.map((line) => ({
      gross: money(line.gross),
      discount: money(line.discount),
      base: money(line.base),
      taxes: line.taxes.map((t) => ({
        code: t.code,
        rate: money(t.rate),
        taxableAmount: money(t.taxableAmount),
        taxAmount: money(t.taxAmount),
      })),
      taxAmount: money(line.taxAmount),
      withholdings: line.withholdings.map((w) => ({
        code: w.code,
        rate: money(w.rate),
        baseAmount: money(w.baseAmount),
        amount: money(w.amount),
      })),
      total: money(line.total),
    })),
    taxes: totals.taxes.map((t) => ({
      code: t.code,
      rate: money(t.rate),
      taxableAmount: money(t.taxableAmount),
      taxAmount: money(t.taxAmount),
    })),
    withholdings: totals.withholdings.map((w) => ({
      code: w.code,
      baseAmount: money(w.baseAmount),
      amount: money(w.amount),
    })),
    withholdingAmount: money(totals.withholdingAmount),
    allowanceAmount: money(totals.allowanceAmount),
    totals: {
      grossAmount: money(totals.grossAmount),
      taxableAmount: money(totals.taxableAmount),
      taxAmount: money(totals.taxAmount),
      surchargeAmount: money(totals.surchargeAmount),
      prepaymentAmount: money(totals.prepaymentAmount),
      total: money(totals.total),
    },
    payable: money(totals.payable),
  };
}
