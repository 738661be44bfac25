import { ApiProperty } from '@nestjs/swagger';
import { toAmountString } from '../../common/domain/decimal';
import { toBogotaIso } from '../../common/time/bogota-time';
import type { ReceivedInvoice, ReceivedInvoicePage } from '../domain/received-invoice';
import { RadianEventDto, toRadianEventDto } from './radian-event.response.dto';

class CodeNameDto {
  @ApiProperty({ example: '2' })
  code!: string;

  @ApiProperty({ example: 'Pago a crédito' })
  name!: string;
}

class SupplierDto {
  @ApiProperty({ type: String, nullable: true, example: '31' })
  identificationDocumentCode!: string | null;

  @ApiProperty({ example: '900123456' })
  nit!: string;

  @ApiProperty({ type: String, nullable: true, example: '8' })
  dv!: string | null;

  @ApiProperty({ example: 'Proveedor de Prueba S.A.S.' })
  name!: string;
}

export class ReceivedInvoiceResponseDto {
  @ApiProperty({
    description: "Factus's id: the path of the invoice's events.",
    example: '9d86ea7f-b561-407c-8407-477abd1b53f7',
  })
  id!: string;

  @ApiProperty({ example: 'FE1234' })
  number!: string;

  @ApiProperty({
    example:
      '44e260a76e092e46fd5d8344a03146d5c8863ab68b18bde38a53318a33bf6805bac75f0bd71b0b75b3bd9c747a629470',
  })
  cufe!: string;

  @ApiProperty({ type: String, nullable: true, example: '2026-11-20' })
  issueDate!: string | null;

  @ApiProperty({ type: String, nullable: true, example: '10:15:00' })
  issueTime!: string | null;

  @ApiProperty({ type: String, nullable: true, example: '2026-12-20' })
  paymentDueDate!: string | null;

  @ApiProperty({ type: SupplierDto })
  supplier!: SupplierDto;

  @ApiProperty({ type: CodeNameDto, nullable: true })
  paymentForm!: CodeNameDto | null;

  @ApiProperty({ type: CodeNameDto, nullable: true })
  paymentMethod!: CodeNameDto | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Decimal string, two decimals.',
    example: '119000.00',
  })
  total!: string | null;

  @ApiProperty({ description: 'A claim (031) was made.', example: false })
  hasClaim!: boolean;

  @ApiProperty({
    type: CodeNameDto,
    nullable: true,
    description: 'The concept of the claim (031).',
  })
  claimConcept!: CodeNameDto | null;

  @ApiProperty({ example: false })
  isNegotiableInstrument!: boolean;

  @ApiProperty({
    type: Boolean,
    nullable: true,
    description: 'No event left to emit; null when Factus did not say.',
    example: false,
  })
  completedEvents!: boolean | null;

  @ApiProperty({
    type: [RadianEventDto],
    nullable: true,
    description: 'The RADIAN events so far, oldest first; null when Factus did not list them.',
  })
  events!: RadianEventDto[] | null;

  @ApiProperty({ type: String, nullable: true, example: '2026-11-21T09:00:00-05:00' })
  createdAt!: string | null;
}

class ReceivedInvoicePaginationDto {
  @ApiProperty({ example: 1 })
  page!: number;

  @ApiProperty({ example: 10 })
  perPage!: number;

  @ApiProperty({ example: 1 })
  total!: number;

  @ApiProperty({ example: 1 })
  lastPage!: number;

  @ApiProperty({ example: false })
  hasMore!: boolean;
}

export class ReceivedInvoiceListResponseDto {
  @ApiProperty({ type: [ReceivedInvoiceResponseDto] })
  data!: ReceivedInvoiceResponseDto[];

  @ApiProperty({ type: ReceivedInvoicePaginationDto })
  pagination!: ReceivedInvoicePaginationDto;
}

export function toReceivedInvoiceResponse(invoice: ReceivedInvoice): ReceivedInvoiceResponseDto {
  return {
    id: invoice.id,
    number: invoice.number,
    cufe: invoice.cufe,
    issueDate: invoice.issueDate ?? null,
    issueTime: invoice.issueTime ?? null,
    paymentDueDate: invoice.paymentDueDate ?? null,
    supplier: {
      identificationDocumentCode: invoice.supplier.identificationDocumentCode ?? null,
      nit: invoice.supplier.nit,
      dv: invoice.supplier.dv ?? null,
      name: invoice.supplier.name,
    },
    paymentForm: invoice.paymentForm ?? null,
    paymentMethod: invoice.paymentMethod ?? null,
    total: invoice.total ? toAmountString(invoice.total) : null,
    hasClaim: invoice.hasClaim,
    claimConcept: invoice.claimConcept ?? null,
    isNegotiableInstrument: invoice.isNegotiableInstrument,
    completedEvents: invoice.completedEvents ?? null,
    events: invoice.events?.map((event) => toRadianEventDto(event, true)) ?? null,
    createdAt: invoice.createdAt ? toBogotaIso(invoice.createdAt) : null,
  };
}

export function toReceivedInvoiceListResponse(
  page: ReceivedInvoicePage,
): ReceivedInvoiceListResponseDto {
  const { pagination } = page;
  return {
    data: page.data.map(toReceivedInvoiceResponse),
    pagination: { ...pagination, hasMore: pagination.page < pagination.lastPage },
  };
}
