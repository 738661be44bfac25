import type { RelatedNote } from '../../documents/domain/issued-document';
import { money, toDocumentResponse } from '../../documents/http/document-response.mapper';
import type { IssuedInvoice } from '../domain/issued-invoice';
import type { InvoiceResponseDto, RelatedNoteDto } from './invoice.response.dto';

/** Our invoice in JSON: the document, its CUFE and the notes issued against it. */
export function toInvoiceResponse(invoice: IssuedInvoice, collection: string): InvoiceResponseDto {
  const { relatedNotes, cufe, ...document } = invoice;
  return {
    ...toDocumentResponse(document, collection),
    cufe,
    relatedNotes: {
      creditNotes: relatedNotes.creditNotes.map(toRelatedNote),
      debitNotes: relatedNotes.debitNotes.map(toRelatedNote),
    },
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
