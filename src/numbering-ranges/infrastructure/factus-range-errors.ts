import type { FieldError } from '../../common/errors/domain-error';
import { FactusApiError } from '../../factus/factus.errors';
import {
  NumberingRangeConflictError,
  NumberingRangeNotFoundError,
  NumberingRangeRefusedError,
} from '../domain/numbering-range.errors';

/** Factus's field names in range requests, and ours. */
const OUR_FIELDS: Readonly<Record<string, string>> = {
  document: 'document',
  prefix: 'prefix',
  resolution_number: 'resolutionNumber',
  current: 'current',
};

/**
 * The domain error a failed range call means: 404 for a range id → not found, 422 → refused with
 * Factus's field messages under our field names, 409 → conflict. Anything else is left as it is.
 */
export function rangeCallError(error: unknown, id?: number): unknown {
  if (!(error instanceof FactusApiError)) return error;
  if (error.status === 404 && id !== undefined) return new NumberingRangeNotFoundError(id);
  if (error.status === 422)
    return new NumberingRangeRefusedError(error.message, fieldErrors(error.body));
  if (error.status === 409 && id !== undefined) {
    return new NumberingRangeConflictError(id, error.message);
  }
  return error;
}

/** Laravel's `data.errors` (or top-level `errors`): field → message, or field → messages. */
function fieldErrors(body: unknown): FieldError[] {
  const record = asRecord(body);
  const errors = asRecord(asRecord(record?.data)?.errors) ?? asRecord(record?.errors);
  if (!errors) return [];
  return Object.entries(errors).flatMap(([field, messages]) =>
    (Array.isArray(messages) ? messages : [messages])
      .filter((message): message is string => typeof message === 'string')
      .map((message) => ({ field: OUR_FIELDS[field] ?? field, message })),
  );
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}
