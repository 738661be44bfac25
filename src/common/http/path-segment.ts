import { registerDecorator, ValidationOptions } from 'class-validator';

/**
 * The documented alphabet of every identifier that travels in a path, ours or Factus's: document
 * numbers (`SETP990000001`), reference codes (letters, digits and `. _ - /`), catalogue names and
 * range ids. At most 100 characters, like a reference code.
 */
const PATH_TEXT = /^[A-Za-z0-9._\-/]{1,100}$/;

/**
 * Whether `value` may name a resource in a path. A part that is `.` or `..` is refused even
 * percent-encoded: URL parsers (WHATWG, hence axios, and Factus's) resolve `%2E%2E` like `..`, so
 * no encoding keeps `DELETE …/destroy/reference/..` from becoming `DELETE …/destroy/`.
 */
export function isPathSafe(value: string): boolean {
  return PATH_TEXT.test(value) && !value.split('/').some((part) => part === '.' || part === '..');
}

export const PATH_SAFE_MESSAGE =
  'may only contain letters, digits and . _ - / (at most 100), and no part may be . or ..';

/**
 * For request fields that later travel in a path (a reference code is deleted by it): the same
 * rule as for path parameters, so a document can never be created that cannot be deleted.
 */
export function IsPathSafe(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isPathSafe',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: `$property ${PATH_SAFE_MESSAGE}`, ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && isPathSafe(value) },
    });
}
