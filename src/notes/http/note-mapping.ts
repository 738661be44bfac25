import { toDocumentDraft } from '../../documents/http/document-draft.mapper';
import { toDocumentResponse } from '../../documents/http/document-response.mapper';
import type { IssuedNote } from '../domain/issued-note';
import type { NoteDraft } from '../domain/note-draft';
import type { CreateNoteRequestDto } from './create-note.request.dto';
import type { NoteResponseDto } from './note.response.dto';

export function toNoteDraft(dto: CreateNoteRequestDto): NoteDraft {
  return {
    ...toDocumentDraft(dto),
    correctionConceptCode: dto.correctionConceptCode,
    customizationId: dto.customizationId,
    billNumber: dto.billNumber,
  };
}

export function toNoteResponse(note: IssuedNote, collection: string): NoteResponseDto {
  const { cude, billNumber, correctionConcept, customization, ...document } = note;
  return {
    ...toDocumentResponse(document, collection),
    cude,
    billNumber,
    correctionConcept,
    customization,
  };
}
