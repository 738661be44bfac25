import type { RelatedNote } from '../../documents/domain/issued-document';
import { fromFactusDocument } from '../../documents/infrastructure/factus-document-response.mapper';
import type { IssuedInvoice } from '../domain/issued-invoice';
import type { FactusBillWire } from './factus-bill.answer';

type WireRelatedNote = NonNullable<
  NonNullable<FactusBillWire['related_notes']>['credit_notes']
>[number];

/** A parsed Factus bill → our invoice. */
export function fromFactusBill(data: FactusBillWire): IssuedInvoice {
  return {
    ...fromFactusDocument(data),
    cufe: data.cufe,
    relatedNotes: {
      creditNotes: (data.related_notes?.credit_notes ?? []).map(toRelatedNote),
      debitNotes: (data.related_notes?.debit_notes ?? []).map(toRelatedNote),
    },
  };
}

function toRelatedNote(note: WireRelatedNote): RelatedNote {
  return {
    number: note.number,
    referenceCode: note.reference_code,
    total: note.total,
    isValidated: note.is_validated,
  };
}
