import type { FieldError } from '../../common/errors/domain-error';
import { ProviderValidationError } from '../../documents/domain/document.errors';
import { toOurFieldPath } from '../../documents/infrastructure/factus-field-path';
import { FactusApiError } from '../../factus/factus.errors';
import type { RadianEventCode } from '../domain/radian-event';
import { RadianEventNotAllowedError } from '../domain/radian.errors';

/**
 * What a Factus refusal of an emitted RADIAN event means. The rules are checked locally first, so
 * a 409 here is DIAN (through Factus) seeing the document differently, e.g. an event registered
 * in between: RADIAN_EVENT_NOT_ALLOWED with Factus's reason, like the local refusal. A 422 is
 * Factus's field validation, its Laravel names (`claim_concept_code`, `first_name`) turned into
 * ours (`claimConceptCode`, `firstName`) so no wire name reaches the caller. Others pass as they are.
 */
export function radianEventCallError(error: unknown, code: RadianEventCode): unknown {
  if (!(error instanceof FactusApiError)) return error;
  if (error.status === 409)
    return new RadianEventNotAllowedError(code, `Factus refused it: ${error.message}`);
  if (error.status === 422)
    return new ProviderValidationError(
      fieldErrors(error.body),
      `Factus rejected the event ${code}: ${error.message}`,
    );
  return error;
}

/**
 * A 422 on the upload: Factus validates `track_id`, which our API calls `cufe` (the only field of
 * the body).
 */
export function uploadCallError(error: unknown): unknown {
  if (!(error instanceof FactusApiError) || error.status !== 422) return error;
  return new ProviderValidationError(
    fieldErrors(error.body, { track_id: 'cufe' }),
    `Factus rejected the CUFE: ${error.message}`,
  );
}

/** Laravel's `data.errors` (or top-level `errors`): field → message, or field → messages. */
function fieldErrors(body: unknown, renamed: Record<string, string> = {}): FieldError[] {
  const record = asRecord(body);
  const errors = asRecord(asRecord(record?.data)?.errors) ?? asRecord(record?.errors);
  if (!errors) return [];
  return Object.entries(errors).flatMap(([field, messages]) =>
    (Array.isArray(messages) ? messages : [messages])
      .filter((message): message is string => typeof message === 'string')
      .map((message) => ({ field: renamed[field] ?? toOurFieldPath(field), message })),
  );
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}
