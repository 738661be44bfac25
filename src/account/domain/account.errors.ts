import { DomainError, FieldError } from '../../common/errors/domain-error';

export class SubscriptionNotFoundError extends DomainError {
  readonly code = 'SUBSCRIPTION_NOT_FOUND';
  readonly kind = 'not_found';
  readonly title = 'No subscription';

  constructor() {
    super('Factus reports no subscription for this account: it cannot issue documents.');
  }
}

/** Factus refused the company update with its own field validation (its 422). */
export class CompanyUpdateRefusedError extends DomainError {
  readonly code = 'FACTUS_VALIDATION_FAILED';
  readonly kind = 'unprocessable';
  readonly title = 'Factus rejected the data';

  constructor(factusMessage: string, errors: FieldError[], what = 'company update') {
    super(`Factus refused the ${what}: ${factusMessage}`, { errors });
  }
}

/** The logo is over the size this service sends (LOGO_MAX_BYTES). */
export class LogoTooLargeError extends DomainError {
  readonly code = 'LOGO_TOO_LARGE';
  readonly kind = 'payload_too_large';
  readonly title = 'The logo is too large';

  /** `detail` says more when it is the whole request body that is over its limit. */
  constructor(maxBytes: number, detail?: string) {
    const limit = `${maxBytes / (1024 * 1024)} MiB`;
    super(detail ?? `The logo may be at most ${limit} (${maxBytes} bytes).`, {
      errors: [{ field: 'image', message: `image must be at most ${limit}` }],
      extensions: { maxBytes },
    });
  }
}

/** The file is not a PNG or JPEG image, whatever its name or declared type says. */
export class LogoNotPngOrJpegError extends DomainError {
  readonly code = 'LOGO_NOT_PNG_OR_JPEG';
  readonly kind = 'unsupported_media_type';
  readonly title = 'The logo is not a PNG or JPEG image';

  constructor() {
    super('Factus takes a PNG or JPEG logo; the bytes of this file are neither.', {
      errors: [
        { field: 'image', message: 'image must be a PNG or JPEG image (read from its bytes)' },
      ],
      extensions: { accepted: ['image/png', 'image/jpeg'] },
    });
  }
}
