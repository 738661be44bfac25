import type { BillingState } from '../billing-state';
import { codeName } from '../catalogs/dian-codes';
import type { StoredDocument } from './bill-store';
import { CREDIT_NOTE, DEBIT_NOTE } from './document-kind';
import { factusTimestamp } from './factus-dates';
import { amount } from './money';

/**
 * `related_notes` of an invoice (factus-api.md §2.4, §3.4): the credit and debit notes that
 * reference it by `bill_number`, oldest first. Pending and rejected notes are listed too, with
 * `is_validated: false`, so a client computing what is left to credit counts the validated ones.
 */
export interface RelatedNoteView {
  number: string;
  reference_code: string;
  total: string;
  is_validated: boolean;
  correction_concept: { code: string; name: string };
  created_at: string;
}

export interface RelatedNotesView {
  credit_notes: RelatedNoteView[];
  debit_notes: RelatedNoteView[];
}

export const NO_RELATED_NOTES: RelatedNotesView = { credit_notes: [], debit_notes: [] };

/** The entry of one note in its invoice's `related_notes`. */
export function relatedNoteView(note: StoredDocument): RelatedNoteView {
  const concepts = note.kind.note?.correctionConcepts ?? {};
  return {
    number: note.number,
    reference_code: note.referenceCode,
    total: amount(note.totals.total),
    is_validated: note.status === 'validated',
    correction_concept: codeName(concepts, note.note?.correctionConceptCode ?? ''),
    created_at: factusTimestamp(note.createdAt),
  };
}

/** Of `notes` (any order), those referencing `bill`, oldest first. */
export function notesReferencing(
  notes: readonly StoredDocument[],
  bill: StoredDocument,
): StoredDocument[] {
  return notes
    .filter((note) => note.companyId === bill.companyId && note.note?.bill?.number === bill.number)
    .sort((a, b) => a.createdAt - b.createdAt || a.id - b.id);
}

export function relatedNotes(billing: BillingState, bill: StoredDocument): RelatedNotesView {
  const of = (notes: readonly StoredDocument[]) =>
    notesReferencing(notes, bill).map(relatedNoteView);
  return {
    credit_notes: of(billing.documents(CREDIT_NOTE).all()),
    debit_notes: of(billing.documents(DEBIT_NOTE).all()),
  };
}
