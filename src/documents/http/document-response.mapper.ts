import type { Dec } from '../../common/domain/decimal';
import { toAmountString } from '../../common/domain/decimal';
import { toBogotaIso } from '../../common/time/bogota-time';
import type { DocumentSummary, IssuedInvoice, Page, RelatedNote } from '../domain/issued-document';
import type { InvoiceResponseDto, RelatedNoteDto } from './document.response.dto';
import type { DocumentSummaryDto, ListInvoicesResponseDto } from './document-list.response.dto';

const money = (value: Dec): string => toAmountString(value);
const iso = (date: Date | undefined): string | undefined => date && toBogotaIso(date);

/** Our invoice in JSON: decimal strings with two places, ISO 8601 dates with -05:00. */
export function toInvoiceResponse(invoice: IssuedInvoice, apiBase: string): InvoiceResponseDto {
  const { relatedNotes, cufe, ...document } = invoice;
  return {
    ...toDocumentResponse(document, `${apiBase}/invoices`),
    cufe,
    relatedNotes: {
      creditNotes: relatedNotes.creditNotes.map(toRelatedNote),
      debitNotes: relatedNotes.debitNotes.map(toRelatedNote),
    },
  };
}

export type IssuedDocument = Omit<IssuedInvoice, 'cufe' | 'relatedNotes'>;
export type DocumentResponse = Omit<InvoiceResponseDto, 'cufe' | 'relatedNotes'>;

/** What every issued document (invoice or note) looks like in our JSON; `collection` is its path. */
export function toDocumentResponse(invoice: IssuedDocument, collection: string): DocumentResponse {
  const self = `${collection}/${encodeURIComponent(invoice.number)}`;
  return {
    number: invoice.number,
    referenceCode: invoice.referenceCode,
    status: invoice.status,
    validatedAt: iso(invoice.validatedAt),
    createdAt: iso(invoice.createdAt),
    dianMessages: invoice.dianMessages.map((m) => ({ ...m })),
    totals: {
      grossAmount: money(invoice.totals.grossAmount),
      taxableAmount: money(invoice.totals.taxableAmount),
      taxAmount: money(invoice.totals.taxAmount),
      surchargeAmount: money(invoice.totals.surchargeAmount),
      prepaymentAmount: money(invoice.totals.prepaymentAmount),
      total: money(invoice.totals.total),
    },
    customer: { ...invoice.customer },
    items: invoice.items.map((item) => ({
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
    paymentDetails: invoice.paymentDetails.map((p) => ({
      paymentForm: p.paymentForm,
      paymentMethod: p.paymentMethod,
      referenceCode: p.referenceCode,
      amount: money(p.amount),
      dueDate: p.dueDate,
    })),
    observation: invoice.observation,
    links: {
      qr: invoice.links.qr,
      publicUrl: invoice.links.publicUrl,
      pdf: `${self}/pdf`,
      xml: `${self}/xml`,
    },
  };
}

export function toInvoiceSummary(row: DocumentSummary): DocumentSummaryDto {
  return {
    number: row.number,
    referenceCode: row.referenceCode,
    status: row.status,
    identification: row.identification,
    customerName: row.customerName,
    email: row.email,
    total: money(row.total),
    dianMessages: row.dianMessages.map((m) => ({ ...m })),
    createdAt: iso(row.createdAt),
  };
}

function toRelatedNote(note: RelatedNote): RelatedNoteDto {
  return {
    number: note.number,
    referenceCode: note.referenceCode,
    total: note.total && money(note.total),
    isValidated: note.isValidated,
  };
}

/** A page of documents (invoices or notes) with our pagination block. */
export function toListResponse(page: Page<DocumentSummary>): ListInvoicesResponseDto {
  return {
    data: page.data.map(toInvoiceSummary),
    pagination: {
      page: page.page,
      perPage: page.perPage,
      total: page.total,
      lastPage: page.lastPage,
      hasMore: page.page < page.lastPage,
    },
  };
}
