import type { FieldError } from '../../common/errors/domain-error';
import {
  validateDocumentDraft,
  DocumentValidationContext,
  DocumentValidationResult,
} from '../../documents/domain/document-rules';
import type { NoteDraft } from './note-draft';
import { NOTE_KINDS, NoteKind } from './note-kind';

/** The v2 note pages allow 500 characters of observation (as the newest bill page does). */
export const NOTE_MAX_OBSERVATION_LENGTH = 500;

/**
 * Every invoice rule (codes, NIT check digit, items, taxes, payments that add up) plus the note's
 * own: a correction concept of its kind, a customization of its kind, `billNumber` when the note
 * references an invoice and `billingPeriod` when it does not.
 */
export function validateNoteDraft(
  draft: NoteDraft,
  kind: NoteKind,
  context: Omit<DocumentValidationContext, 'maxObservationLength'>,
): DocumentValidationResult {
  const result = validateDocumentDraft(draft, {
    ...context,
    maxObservationLength: NOTE_MAX_OBSERVATION_LENGTH,
  });
  const spec = NOTE_KINDS[kind];
  const errors: FieldError[] = [];

  if (!context.catalog.has(spec.conceptTable, draft.correctionConceptCode)) {
    const codes = context.catalog
      .list(spec.conceptTable)
      .map((e) => e.code)
      .join(', ');
    errors.push({
      field: 'correctionConceptCode',
      message: `'${draft.correctionConceptCode}' is not a ${spec.type.name} correction concept; use one of ${codes}`,
    });
  }

  const customization = draft.customizationId ?? spec.withReference;
  if (customization !== spec.withReference && customization !== spec.withoutReference) {
    errors.push({
      field: 'customizationId',
      message: `'${customization}' is not a ${spec.type.name} customization; use ${spec.withReference} (references an invoice) or ${spec.withoutReference} (without reference)`,
    });
  } else if (customization === spec.withReference && !draft.billNumber) {
    errors.push({
      field: 'billNumber',
      message: `billNumber is required when customizationId is ${spec.withReference} (the note corrects an invoice)`,
    });
  } else if (customization === spec.withoutReference && !draft.billingPeriod) {
    errors.push({
      field: 'billingPeriod',
      message: `billingPeriod is required when customizationId is ${spec.withoutReference} (a note without a referenced invoice)`,
    });
  }
  if (customization === spec.withoutReference && !draft.customer) {
    errors.push({
      field: 'customer',
      message: `customer is required when customizationId is ${spec.withoutReference}: there is no invoice to take it from`,
    });
  }

  return { ...result, errors: [...result.errors, ...errors] };
}
