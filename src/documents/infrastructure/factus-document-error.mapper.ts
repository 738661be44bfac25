import type { FieldError } from '../../common/errors/domain-error';
import { FactusApiError } from '../../factus/factus.errors';
import type { DocumentType } from '../domain/document-type';
import {
  DocumentAlreadyProcessedError,
  DocumentRejectedError,
  PendingDocumentBlocksError,
  ProviderValidationError,
} from '../domain/document.errors';
import { parseDianMessages } from './factus-dian-messages';
import { toOurFieldPath } from './factus-field-path';

/**
 * Reads a Factus 422 or 409 on document creation. A 422's `data.errors` comes in three shapes:
 *  (a) `{ "items.0.price": ["El campo …"] }`  field validation by Factus  → FACTUS_VALIDATION_FAILED
 *  (b) `{ "FAK24": "Regla: FAK24, Rechazo: …" }` a DIAN rejection           → INVOICE_REJECTED
 *  (c) `["Regla: 90, Rechazo: …"]`             a DIAN rejection (production shape)
 * and rule 90 ("documento procesado anteriormente") is its own case.
 */
export function mapDocumentCreationError(
  error: unknown,
  referenceCode: string,
  type: DocumentType,
): unknown {
  if (!(error instanceof FactusApiError)) return error;
  if (error.status === 409) return new PendingDocumentBlocksError(error.message, type);
  if (error.status !== 422) return error;

  const errors = errorsOf(error.body);
  const fieldErrors = fieldErrorsOf(errors);
  if (fieldErrors.length > 0)
    return new ProviderValidationError(fieldErrors, `Factus rejected the data: ${error.message}`);

  const dianMessages = parseDianMessages(errors, 'rejection');
  if (dianMessages.some((m) => m.rule === '90'))
    return new DocumentAlreadyProcessedError(referenceCode, dianMessages);
  if (dianMessages.length > 0) return new DocumentRejectedError(referenceCode, dianMessages, type);
  return new ProviderValidationError([], `Factus rejected the data: ${error.message}`);
}

/** `data.errors`, or root `errors` for older shapes. */
function errorsOf(body: unknown): unknown {
  if (!body || typeof body !== 'object') return undefined;
  const record = body as Record<string, unknown>;
  const data = record.data;
  if (data && typeof data === 'object' && 'errors' in data)
    return (data as Record<string, unknown>).errors;
  return record.errors;
}

/** Shape (a): every value is a list of messages, keyed by a field path. */
function fieldErrorsOf(errors: unknown): FieldError[] {
  if (!errors || typeof errors !== 'object' || Array.isArray(errors)) return [];
  return Object.entries(errors as Record<string, unknown>).flatMap(([path, messages]) =>
    Array.isArray(messages) && !looksLikeRule(path)
      ? messages
          .filter((m): m is string => typeof m === 'string')
          .map((message) => ({ field: toOurFieldPath(path), message }))
      : [],
  );
}

/** DIAN rule codes (FAK24, CAK55, 90) as opposed to field paths (customer.dv, items.0.price). */
function looksLikeRule(key: string): boolean {
  return /^[A-Z]{2,}[A-Z0-9]*\d[a-z]?$/.test(key) || /^\d+$/.test(key);
}
