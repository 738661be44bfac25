import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import type { FieldError } from '../errors/domain-error';
import { RequestValidationError } from '../errors/common.errors';
import { isPathSafe, PATH_SAFE_MESSAGE } from './path-segment';
import { joinPath, malformedValue, REQUEST_LIMITS } from './request-shape';

/** Deepest nesting accepted in a request body (see request-shape.ts). */
export const MAX_REQUEST_DEPTH = REQUEST_LIMITS.maxDepth;

/**
 * Field errors listed in one answer; the rest are counted (`detail` says how many in all), so
 * that a body of many bad fields never turns into megabytes of errors.
 */
export const MAX_LISTED_ERRORS = 50;

/**
 * Flattens class-validator's tree into one entry per bad field, with paths in our JSON shape:
 * `customer.email`, `items[0].price`. A field that is missing says only that it is required: the
 * constraint that happened to run first ("must be shorter than…") would mislead.
 */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  const flat: FieldError[] = [];
  for (const error of errors) {
    const path = joinPath(parent, error.property, /^\d+$/.test(error.property));
    const constraints = Object.entries(error.constraints ?? {});
    const leaf = joinPath('', error.property, false);
    if (
      constraints.length > 0 &&
      error.value === undefined &&
      !('whitelistValidation' in (error.constraints ?? {}))
    ) {
      flat.push({ field: path, message: `${leaf} is required` });
    } else {
      for (const [constraint, message] of constraints) {
        flat.push({
          field: path,
          message: constraint === 'whitelistValidation' ? `${leaf} is not a known field` : message,
        });
      }
    }
    if (error.children?.length) flat.push(...flattenValidationErrors(error.children, path));
  }
  return flat;
}

/** The first MAX_LISTED_ERRORS errors, and a detail that counts them all. */
export function validationFailure(errors: FieldError[]): RequestValidationError {
  if (errors.length <= MAX_LISTED_ERRORS) return new RequestValidationError(errors);
  return new RequestValidationError(
    errors.slice(0, MAX_LISTED_ERRORS),
    `${errors.length} field(s) failed validation; the first ${MAX_LISTED_ERRORS} are listed.`,
  );
}

/**
 * `@IsOptional()` accepts null as well as absence; the DTO types (`company?: string`) and the code
 * behind them expect absence only, so a validated null becomes absent.
 */
function dropNulls(value: unknown, depth = 0): void {
  if (value === null || typeof value !== 'object' || depth > MAX_REQUEST_DEPTH) return;
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    if (child === null && !Array.isArray(value)) delete (value as Record<string, unknown>)[key];
    else dropNulls(child, depth + 1);
  }
}

/** A path parameter outside the documented alphabet, or a dot-segment, never reaches a handler. */
function badPathParameter(value: unknown, metadata: ArgumentMetadata): FieldError | undefined {
  if (metadata.type !== 'param' || typeof value !== 'string' || isPathSafe(value)) return undefined;
  const name = metadata.data ?? 'path parameter';
  return { field: name, message: `${name} ${PATH_SAFE_MESSAGE}` };
}

class RequestValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const malformed = badPathParameter(value, metadata) ?? malformedValue(value);
    if (malformed) throw new RequestValidationError([malformed]);
    const transformed = (await super.transform(value, metadata)) as unknown;
    dropNulls(transformed);
    return transformed;
  }
}

export function createValidationPipe(): ValidationPipe {
  return new RequestValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    // One message per bad field: the first constraint that fails is the one worth fixing first.
    stopAtFirstError: true,
    // The value is kept only to tell a missing field from a bad one; it never reaches the answer.
    validationError: { target: false, value: true },
    exceptionFactory: (errors) => validationFailure(flattenValidationErrors(errors)),
  });
}
