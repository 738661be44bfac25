import { Dec } from '../../common/domain/decimal';
import { decimalText } from '../../common/http/decimal-value.validator';
import type { Customer, DocumentDraft, ItemTax } from '../domain/document-draft';
import type { DocumentBodyDto } from './document-body.dto';
import type { CustomerDto } from './customer.dto';
import type { PaymentDetailDto } from './payment.dto';
import type { RelatedDocumentDto } from './document-blocks.dto';

/** A validated request of any document type: the shared body and the fields some types add. */
export type DocumentRequestBody = DocumentBodyDto & {
  document?: string;
  operationType?: string;
  observation?: string;
  relatedDocuments?: RelatedDocumentDto[];
  customer?: CustomerDto;
  paymentDetails?: PaymentDetailDto[];
};

/** Validated request DTO → domain draft. Every amount becomes a decimal from its decimal text. */
export function toDocumentDraft(dto: DocumentRequestBody): DocumentDraft {
  return {
    referenceCode: dto.referenceCode,
    document: dto.document,
    numberingRangeId: dto.numberingRangeId,
    operationType: dto.operationType,
    observation: dto.observation,
    sendEmail: dto.sendEmail,
    createdTime: dto.createdTime,
    paymentDetails: (dto.paymentDetails ?? []).map((p) => ({
      paymentForm: p.paymentForm,
      paymentMethodCode: p.paymentMethodCode,
      referenceCode: p.referenceCode,
      amount: dec(p.amount),
      dueDate: p.dueDate,
    })),
    cashRoundingAmount: opt(dto.cashRoundingAmount),
    prepaymentDetails: dto.prepaymentDetails?.map((p) => ({
      referenceCode: p.referenceCode,
      receivedDate: p.receivedDate,
      amount: dec(p.amount),
      note: p.note,
    })),
    currency: dto.currency && {
      type: dto.currency.type,
      exchangeRate: dec(dto.currency.exchangeRate),
    },
    orderReference: dto.orderReference && { ...dto.orderReference },
    billingPeriod: dto.billingPeriod && { ...dto.billingPeriod },
    relatedDocuments: dto.relatedDocuments?.map((d) => ({ ...d })),
    establishment: dto.establishment && { ...dto.establishment },
    customer: dto.customer && toCustomer(dto.customer),
    items: dto.items.map((item) => ({
      codeReference: item.codeReference,
      name: item.name,
      quantity: dec(item.quantity),
      discountRate: opt(item.discountRate),
      discountAmount: opt(item.discountAmount),
      price: dec(item.price),
      unitMeasureCode: item.unitMeasureCode,
      standardCode: item.standardCode,
      taxes: item.taxes.map((tax): ItemTax =>
        tax.isExcluded === true
          ? { isExcluded: true }
          : { code: tax.code ?? '', rate: dec(tax.rate ?? 0) },
      ),
      withholdingTaxes: item.withholdingTaxes?.map((w) => ({ code: w.code, rate: dec(w.rate) })),
      note: item.note,
      schemeId: item.schemeId,
      mandate: item.mandate && { ...item.mandate },
    })),
    allowanceCharges: dto.allowanceCharges?.map((a) => ({
      conceptType: a.conceptType,
      isSurcharge: a.isSurcharge,
      reason: a.reason,
      baseAmount: dec(a.baseAmount),
      amount: dec(a.amount),
    })),
  };
}

function dec(value: string | number): Dec {
  return new Dec(decimalText(value) ?? '0');
}

function opt(value: string | number | undefined): Dec | undefined {
  return value === undefined ? undefined : dec(value);
}

export function toCustomer(dto: CustomerDto): Customer {
  return { ...dto, responsibilities: dto.responsibilities && [...dto.responsibilities] };
}
