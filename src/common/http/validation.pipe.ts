import { ValidationError, ValidationPipe } from '@nestjs/common';
import type { FieldError } from '../errors/domain-error';
import { RequestValidationError } from '../errors/common.errors';

/**
 * Flattens class-validator's tree into one entry per bad field, with paths in our JSON shape:
 * `customer.email`, `items[0].price`.
 */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  const flat: FieldError[] = [];
  for (const error of errors) {
    const isIndex = /^\d+$/.test(error.property);
    const path =
      parent === ''
        ? error.property
        : isIndex
          ? `${parent}[${error.property}]`
          : `${parent}.${error.property}`;
    for (const message of Object.values(error.constraints ?? {})) {
      flat.push({
        field: path,
        message: message.replace(/^property (\S+) should not exist$/, `$1 is not a known field`),
      });
    }
    if (error.children?.length) flat.push(...flattenValidationErrors(error.children, path));
  }
  return flat;
}

export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    // One message per bad field: the first constraint that fails is the one worth fixing first.
    stopAtFirstError: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new RequestValidationError(flattenValidationErrors(errors)),
  });
}
