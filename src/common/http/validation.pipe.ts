import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import type { FieldError } from '../errors/domain-error';
import { RequestValidationError } from '../errors/common.errors';

/**
 * Flattens class-validator's tree into one entry per bad field, with paths in our JSON shape:
 * `customer.email`, `items[0].price`.
 */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  const flat: FieldError[] = [];
  for (const error of errors) {
    const path = joinPath(parent, error.property, /^\d+$/.test(error.property));
    for (const [constraint, message] of Object.entries(error.constraints ?? {})) {
      flat.push({
        field: path,
        message:
          constraint === 'whitelistValidation'
            ? `${joinPath('', error.property, false)} is not a known field`
            : message,
      });
    }
    if (error.children?.length) flat.push(...flattenValidationErrors(error.children, path));
  }
  return flat;
}

/**
 * `customer` + `email` → `customer.email`, `items` + 0 → `items[0]`. An unknown key can be
 * anything, `""` included: one that is not a plain name is quoted (`customer[""]`, `["a b"]`), so
 * that every path names its field.
 */
function joinPath(parent: string, key: string, isIndex: boolean): string {
  if (isIndex) return parent === '' ? key : `${parent}[${key}]`;
  if (!/^[\p{L}\p{N}_$-]+$/u.test(key)) return `${parent}[${JSON.stringify(key)}]`;
  return parent === '' ? key : `${parent}.${key}`;
}

/**
 * Deepest nesting accepted in a request body; our deepest field, `items[0].taxes[0].code`, is at
 * 5. class-transformer recurses once per level, so a deeper body (a few KB of `[[[[…]]]]`) would
 * overflow the stack: it is refused before being transformed.
 */
export const MAX_REQUEST_DEPTH = 32;

/** With the `u` flag a surrogate pair is one code point, so this matches only unpaired halves. */
const UNPAIRED_SURROGATE = /[\uD800-\uDFFF]/u;

/**
 * What no DTO can describe, found without recursion: nesting deeper than `maxDepth`, and text
 * that is not Unicode (an unpaired surrogate, which JSON's `\uD800` can express: validator's
 * isEmail throws on it, and it has no UTF-8 form to send on).
 */
export function malformedValue(value: unknown, maxDepth: number): FieldError | undefined {
  interface Visit {
    node: unknown;
    depth: number;
    parent?: Visit;
    key?: string;
    isIndex?: boolean;
  }
  const pathOf = (visit: Visit): string => {
    const keys: Visit[] = [];
    for (let v: Visit | undefined = visit; v?.parent; v = v.parent) keys.unshift(v);
    return keys.reduce((path, v) => joinPath(path, v.key!, v.isIndex!), '') || '(body)';
  };
  const stack: Visit[] = [{ node: value, depth: 0 }];
  while (stack.length > 0) {
    const visit = stack.pop()!;
    if (typeof visit.node === 'string' && UNPAIRED_SURROGATE.test(visit.node)) {
      const field = pathOf(visit);
      return { field, message: `${field} must be Unicode text (it has an unpaired surrogate)` };
    }
    if (visit.node === null || typeof visit.node !== 'object') continue;
    if (visit.depth >= maxDepth) {
      const field = pathOf(visit);
      return { field, message: `${field} is nested more than ${maxDepth} levels deep` };
    }
    const isIndex = Array.isArray(visit.node);
    for (const [key, node] of Object.entries(visit.node as Record<string, unknown>)) {
      const child: Visit = { node, depth: visit.depth + 1, parent: visit, key, isIndex };
      if (UNPAIRED_SURROGATE.test(key)) {
        const field = pathOf(child);
        return { field, message: `${field} is not a Unicode name (it has an unpaired surrogate)` };
      }
      if (typeof node === 'string' || (node !== null && typeof node === 'object'))
        stack.push(child);
    }
  }
  return undefined;
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

class RequestValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const malformed = malformedValue(value, MAX_REQUEST_DEPTH);
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
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new RequestValidationError(flattenValidationErrors(errors)),
  });
}
