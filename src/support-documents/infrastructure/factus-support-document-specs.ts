import type { FactusDocumentSpec } from '../../documents/infrastructure/factus-document-spec';
import type {
  IssuedAdjustmentNote,
  IssuedSupportDocument,
} from '../domain/issued-support-document';
import type { AdjustmentNoteDraft, SupportDocumentDraft } from '../domain/support-document-draft';
import { ADJUSTMENT_NOTE_TYPE, SUPPORT_DOCUMENT_TYPE } from '../domain/support-document-types';
import {
  factusAdjustmentNoteSchema,
  factusSupportDocumentSchema,
} from './factus-support-document.answer';
import {
  fromFactusAdjustmentNote,
  fromFactusSupportDocument,
  toFactusAdjustmentNoteRequest,
  toFactusSupportDocumentRequest,
} from './factus-support-document.mapper';

/** Factus v2 support documents (`/v2/support-documents…`, documentos-soporte/*). */
export const FACTUS_SUPPORT_DOCUMENT_SPEC: FactusDocumentSpec<
  SupportDocumentDraft,
  IssuedSupportDocument
> = {
  type: SUPPORT_DOCUMENT_TYPE,
  basePath: '/v2/support-documents',
  deleteByReferencePath: '/v2/support-documents/reference',
  toRequest: toFactusSupportDocumentRequest,
  document: factusSupportDocumentSchema.transform(fromFactusSupportDocument),
};

/**
 * Factus v2 adjustment notes (`/v2/adjustment-notes…`). The delete page still shows the v1 path
 * (v2-findings #1); the v2 one, `/v2/adjustment-notes/reference/:reference_code`, is used.
 */
export const FACTUS_ADJUSTMENT_NOTE_SPEC: FactusDocumentSpec<
  AdjustmentNoteDraft,
  IssuedAdjustmentNote
> = {
  type: ADJUSTMENT_NOTE_TYPE,
  basePath: '/v2/adjustment-notes',
  deleteByReferencePath: '/v2/adjustment-notes/reference',
  toRequest: toFactusAdjustmentNoteRequest,
  document: factusAdjustmentNoteSchema.transform(fromFactusAdjustmentNote),
};
