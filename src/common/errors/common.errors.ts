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

/** A body that is not JSON (form, text, XML, multipart) or that is compressed, on a JSON route. */
export class UnsupportedMediaTypeError extends DomainError {
  readonly code = 'UNSUPPORTED_MEDIA_TYPE';
  readonly kind = 'unsupported_media_type';
  readonly title = 'Unsupported media type';

  constructor(detail: string, accepted: readonly string[] = ['application/json']) {
    super(detail, { extensions: { accepted } });
  }
}
