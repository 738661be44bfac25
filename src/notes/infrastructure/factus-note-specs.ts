import type { FactusDocumentSpec } from '../../documents/infrastructure/factus-document-spec';
import type { IssuedNote } from '../domain/issued-note';
import type { NoteDraft } from '../domain/note-draft';
import { NOTE_KINDS, NoteKind } from '../domain/note-kind';
import { factusNoteSchema } from './factus-note.answer';
import { fromFactusNote, toFactusNoteRequest } from './factus-note.mapper';

/**
 * Factus v2 credit notes (`/v2/credit-notes`) and debit notes (`/v2/debit-notes`): the bill's
 * lifecycle. Their delete path has no `/destroy/` segment, unlike bills.
 */
function noteSpec(kind: NoteKind, basePath: string): FactusDocumentSpec<NoteDraft, IssuedNote> {
  return {
    type: NOTE_KINDS[kind].type,
    basePath,
    deleteByReferencePath: `${basePath}/reference`,
    toRequest: toFactusNoteRequest,
    document: factusNoteSchema.transform(fromFactusNote),
  };
}

export const FACTUS_NOTE_SPECS = [
  noteSpec('credit', '/v2/credit-notes'),
  noteSpec('debit', '/v2/debit-notes'),
];
