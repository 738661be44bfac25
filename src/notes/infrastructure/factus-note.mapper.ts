import { toFactusBillRequest } from '../../documents/infrastructure/factus-document-request.mapper';
import { fromFactusBill } from '../../documents/infrastructure/factus-document-response.mapper';
import type {
  FactusBillData,
  WireCodeName,
} from '../../documents/infrastructure/factus-document.wire';
import type { IssuedNote } from '../domain/issued-note';
import type { NoteDraft } from '../domain/note-draft';

/** A note's `data`: a bill's, identified by `cude`, tied to its invoice by `bill_number`. */
export interface FactusNoteData extends FactusBillData {
  cude?: string | null;
  bill_number?: string | null;
  correction_concept?: WireCodeName | null;
  customization?: WireCodeName | null;
  customization_id?: WireCodeName | string | null;
}

/** Our note → Factus v2 `POST /v2/{credit,debit}-notes/validate` body: a bill's plus the note's fields. */
export function toFactusNoteRequest(draft: NoteDraft): Record<string, unknown> {
  return {
    ...toFactusBillRequest(draft),
    correction_concept_code: draft.correctionConceptCode,
    ...(draft.customizationId !== undefined ? { customization_id: draft.customizationId } : {}),
    ...(draft.billNumber !== undefined ? { bill_number: draft.billNumber } : {}),
  };
}

export function fromFactusNote(data: FactusNoteData): IssuedNote {
  const { cufe: _invoiceCode, relatedNotes: _notes, ...common } = fromFactusBill(data);
  const customization =
    typeof data.customization_id === 'string'
      ? { code: data.customization_id, name: '' }
      : codeName(data.customization ?? data.customization_id ?? undefined);
  return {
    ...common,
    cude: text(data.cude),
    billNumber: text(data.bill_number),
    correctionConcept: codeName(data.correction_concept ?? undefined),
    customization,
  };
}

function text(value: string | null | undefined): string | undefined {
  return value === null || value === undefined || value.trim() === '' ? undefined : value.trim();
}

function codeName(value: WireCodeName | undefined): { code: string; name: string } | undefined {
  if (!value || value.code === null || value.code === undefined) return undefined;
  return {
    code: String(value.code),
    name: value.name === null || value.name === undefined ? '' : String(value.name),
  };
}
