import { ArgumentMetadata, Type, ValidationError, ValidationPipe } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate, type ValidatorOptions } from 'class-validator';
import type { FieldError } from '../errors/domain-error';
import { RequestValidationError } from '../errors/common.errors';
import { isPathSafe, PATH_SAFE_MESSAGE } from './path-segment';
import { joinPath, malformedValue, REQUEST_LIMITS } from './request-shape';
import { cacheValidationMetadataLookups } from './validation-metadata-cache';

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

/** class-validator's options, for Nest's pipe and for the bodies validated without it (below). */
export const VALIDATOR_OPTIONS: ValidatorOptions = {
  whitelist: true,
  forbidNonWhitelisted: true,
  // Nest's pipe sets it too: a DTO without any rule is accepted (class-validator refuses it).
  forbidUnknownValues: false,
  // One message per bad field: the first constraint that fails is the one worth fixing first.
  stopAtFirstError: true,
  // The value is kept only to tell a missing field from a bad one; it never reaches the answer.
  validationError: { target: false, value: true },
};

/** An object as JSON.parse makes them: not an array, a Buffer or an instance of anything. */
function isParsedJsonObject(value: unknown): value is object {
  return (
    typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype
  );
}

class RequestValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const malformed = badPathParameter(value, metadata) ?? malformedValue(value);
    if (malformed) throw new RequestValidationError([malformed]);
    const transformed =
      metadata.type === 'body' && isParsedJsonObject(value) && this.toValidate(metadata)
        ? await validateJsonBody(value, metadata.metatype!)
        : ((await super.transform(value, metadata)) as unknown);
    dropNulls(transformed);
    return transformed;
  }
}

/**
 * A JSON body, straight through class-transformer and class-validator with the pipe's options.
 * Nest's pipe first walks the whole value three more times, for what a parsed JSON body cannot
 * hold: sparse arrays (JSON has no holes), binary values (JSON has none) and the prototype keys
 * (our parser, Fastify's secure one, refuses `__proto__` and `constructor.prototype`, and
 * class-transformer skips `__proto__` and `constructor` keys). On a 500-line invoice those walks
 * were a seventh of the DTO stage. Any other value (query, params, a body that is not an object)
 * still goes through Nest's pipe.
 */
async function validateJsonBody(value: object, metatype: Type<unknown>): Promise<unknown> {
  const entity = plainToInstance(metatype, value) as object;
  const errors = await validate(entity, VALIDATOR_OPTIONS);
  if (errors.length > 0) throw validationFailure(flattenValidationErrors(errors));
  return entity;
}

export function createValidationPipe(): ValidationPipe {
  cacheValidationMetadataLookups();
  return new RequestValidationPipe({
    ...VALIDATOR_OPTIONS,
    transform: true,
    exceptionFactory: (errors) => validationFailure(flattenValidationErrors(errors)),
  });
}
