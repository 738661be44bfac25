import type { Dec } from '../../common/domain/decimal';
import { toAmountString } from '../../common/domain/decimal';
import { toBogotaIso } from '../../common/time/bogota-time';
import type { DocumentSummary, IssuedDocument, Page } from '../domain/issued-document';
import type { DocumentResponseDto } from './document.response.dto';
import type { DocumentListResponseDto, DocumentSummaryDto } from './document-list.response.dto';

export const money = (value: Dec): string => toAmountString(value);
const iso = (date: Date | undefined): string | undefined => date && toBogotaIso(date);

/**
 * What every issued document looks like in our JSON: decimal strings with two places, ISO 8601
 * dates with -05:00. `collection` is the path of its collection (links point below it).
 */
export function toDocumentResponse(
  document: IssuedDocument,
  collection: string,
): DocumentResponseDto {
  const self = `${collection}/${encodeURIComponent(document.number)}`;
  return {
    number: document.number,
    referenceCode: document.referenceCode,
    status: document.status,
    validatedAt: iso(document.validatedAt),
    createdAt: iso(document.createdAt),
    dianMessages: document.dianMessages.map((m) => ({ ...m })),
    totals: {
      grossAmount: money(document.totals.grossAmount),
      taxableAmount: money(document.totals.taxableAmount),
      taxAmount: money(document.totals.taxAmount),
      surchargeAmount: money(document.totals.surchargeAmount),
      prepaymentAmount: money(document.totals.prepaymentAmount),
      total: money(document.totals.total),
    },
    customer: { ...document.customer },
    items: document.items.map((item) => ({
      codeReference: item.codeReference,
      name: item.name,
      quantity: money(item.quantity),
      price: money(item.price),
      discountRate: money(item.discountRate),
      discount: money(item.discount),
      grossValue: money(item.grossValue),
      unitMeasure: item.unitMeasure,
      standardCode: item.standardCode,
      taxes: item.taxes.map((tax) => ({
        code: tax.code,
        name: tax.name,
        isExcluded: tax.isExcluded,
        rate: tax.rate && money(tax.rate),
        taxableAmount: money(tax.taxableAmount),
        taxAmount: money(tax.taxAmount),
      })),
      total: money(item.total),
      note: item.note,
    })),
    paymentDetails: document.paymentDetails.map((p) => ({
      paymentForm: p.paymentForm,
      paymentMethod: p.paymentMethod,
      referenceCode: p.referenceCode,
      amount: money(p.amount),
      dueDate: p.dueDate,
    })),
    observation: document.observation,
    links: {
      qr: document.links.qr,
      publicUrl: document.links.publicUrl,
      pdf: `${self}/pdf`,
      xml: `${self}/xml`,
    },
  };
}

export function toDocumentSummary(row: DocumentSummary): DocumentSummaryDto {
  return {
    number: row.number,
    referenceCode: row.referenceCode,
    status: row.status,
    identification: row.identification,
    customerName: row.customerName,
    email: row.email,
    total: money(row.total),
    dianMessages: row.dianMessages.map((m) => ({ ...m })),
    validatedAt: iso(row.validatedAt),
    createdAt: iso(row.createdAt),
  };
}

/** A page of documents (invoices or notes) with our pagination block. */
export function toListResponse(page: Page<DocumentSummary>): DocumentListResponseDto {
  return {
    data: page.data.map(toDocumentSummary),
    pagination: {
      page: page.page,
      perPage: page.perPage,
      total: page.total,
      lastPage: page.lastPage,
      hasMore: page.page < page.lastPage,
    },
  };
}
