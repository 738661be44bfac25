import {
  ADJUSTMENT_NOTE,
  SUPPORT_DOCUMENT,
  type DocumentType,
} from '../../documents/domain/document-type';
import type { IssuedAdjustmentNote, IssuedSupportDocument } from './issued-support-document';
import type { AdjustmentNoteDraft, SupportDocumentDraft } from './support-document-draft';

/** The kernel's support-document type, created from a draft and answered as an issued one. */
export const SUPPORT_DOCUMENT_TYPE = SUPPORT_DOCUMENT as DocumentType<
  SupportDocumentDraft,
  IssuedSupportDocument
>;

/** The kernel's adjustment-note type. */
export const ADJUSTMENT_NOTE_TYPE = ADJUSTMENT_NOTE as DocumentType<
  AdjustmentNoteDraft,
  IssuedAdjustmentNote
>;
