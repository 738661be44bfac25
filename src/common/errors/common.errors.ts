import { DomainError, FieldError } from './domain-error';

/** Our own input validation: every bad field listed at once. */
export class RequestValidationError extends DomainError {
  readonly code = 'VALIDATION_FAILED';
  readonly kind = 'invalid_input';
  readonly title = 'The request is not valid';

  constructor(errors: FieldError[], detail?: string) {
    super(detail ?? `${errors.length} field(s) failed validation.`, { errors });
  }
}
