import type { FieldError } from '../../common/errors/domain-error';
import { FactusApiError } from '../../factus/factus.errors';
import type { DocumentType } from '../domain/document-type';
import {
  DocumentAlreadyProcessedError,
  DocumentRejectedError,
  PendingDocumentBlocksError,
  ProviderValidationError,
} from '../domain/document.errors';
import { hasAlreadyProcessed, rejectionsOf } from '../domain/dian-rule-90';
import { parseDianMessages } from './factus-dian-messages';
import { toOurFieldPath } from './factus-field-path';

/**
 * Reads a Factus 422 or 409 on document creation. A 422's `data.errors` comes in three shapes:
 *  (a) `{ "items.0.price": ["El campo …"] }` or `{ "items.0.price": "El campo …" }`
 *      field validation by Factus (a list or one string per field) → FACTUS_VALIDATION_FAILED
 *  (b) `{ "FAK24": "Regla: FAK24, Rechazo: …" }` a DIAN rejection  → INVOICE_REJECTED
 *  (c) `["Regla: FAK24, Rechazo: …"]`          a DIAN rejection (production shape)
 * Rule 90 ("documento procesado anteriormente") is never a rejection: DOCUMENT_ALREADY_PROCESSED.
 * DIAN notices alone ("Regla: X, Notificación", with or without a colon) do not reject either, and
 * a 422 with nothing readable in it is FACTUS_VALIDATION_FAILED, never "rejected". A 422 whose body
 * is not JSON at all is not read here: the gateway settles it by a lookup (isUnreadableAnswer).
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

  const dianMessages = parseDianMessages(errors);
  if (hasAlreadyProcessed(dianMessages))
    return new DocumentAlreadyProcessedError(referenceCode, dianMessages);
  if (rejectionsOf(dianMessages).length > 0)
    return new DocumentRejectedError(referenceCode, dianMessages, type);
  return new ProviderValidationError([], `Factus rejected the data: ${error.message}`);
}

/** A 422 (or other 4xx) whose body is not JSON: nothing in it says whether Factus stored the document. */
export function isUnreadableAnswer(error: unknown): boolean {
  return error instanceof FactusApiError && error.status === 422 && typeof error.body === 'string';
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

/** Shape (a): keyed by a field path, each value a list of messages or one message. */
function fieldErrorsOf(errors: unknown): FieldError[] {
  if (!errors || typeof errors !== 'object' || Array.isArray(errors)) return [];
  return Object.entries(errors as Record<string, unknown>).flatMap(([path, messages]) => {
    if (looksLikeRule(path)) return [];
    const texts = (Array.isArray(messages) ? messages : [messages]).filter(
      (m): m is string => typeof m === 'string' && !DIAN_LINE.test(m),
    );
    return texts.map((message) => ({ field: toOurFieldPath(path), message }));
  });
}

/** A DIAN line ("Regla: …") under a key is a DIAN message, not a field error. */
const DIAN_LINE = /^\s*Regla\s*:?/i;

/** DIAN rule codes (FAK24, CAK55, 90) as opposed to field paths (customer.dv, items.0.price). */
function looksLikeRule(key: string): boolean {
  return /^[A-Z]{2,}[A-Z0-9]*\d[a-z]?$/.test(key) || /^\d+$/.test(key);
}
