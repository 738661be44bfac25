import { toFactusDocumentRequest } from '../../documents/infrastructure/factus-document-request.mapper';
import {
  codeName,
  fromFactusDocument,
} from '../../documents/infrastructure/factus-document-response.mapper';
import type { IssuedNote } from '../domain/issued-note';
import type { NoteDraft } from '../domain/note-draft';
import type { FactusNoteWire } from './factus-note.answer';

/** Our note → Factus v2 `POST /v2/{credit,debit}-notes/validate` body: a bill's plus the note's fields. */
export function toFactusNoteRequest(draft: NoteDraft): Record<string, unknown> {
  return {
    ...toFactusDocumentRequest(draft),
    correction_concept_code: draft.correctionConceptCode,
    ...(draft.customizationId !== undefined ? { customization_id: draft.customizationId } : {}),
    ...(draft.billNumber !== undefined ? { bill_number: draft.billNumber } : {}),
  };
}

/** A parsed Factus note → our note. */
export function fromFactusNote(data: FactusNoteWire): IssuedNote {
  const customization =
    typeof data.customization_id === 'string'
      ? { code: data.customization_id, name: '' }
      : codeName(data.customization ?? data.customization_id);
  return {
    ...fromFactusDocument(data),
    cude: data.cude,
    billNumber: billNumberOf(data),
    correctionConcept: codeName(data.correction_concept),
    customization,
  };
}

type ReferencedBill = FactusNoteWire['related_bill'];

/** The invoice the note corrects, from the first place Factus filled (factus-note.answer). */
function billNumberOf(data: FactusNoteWire): string | undefined {
  const candidates: ReferencedBill[] = [
    data.bill_number,
    data.number_bill,
    data.related_bill,
    data.bill,
    data.billing_reference,
    data.referenced_document,
  ];
  for (const candidate of candidates) {
    const number =
      typeof candidate === 'string' ? candidate : (candidate?.number ?? candidate?.bill_number);
    if (number !== undefined && number !== '') return number;
  }
  return undefined;
}
