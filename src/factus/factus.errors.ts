import { DomainError, ErrorKind, FieldError } from '../common/errors/domain-error';

/** Factus could not be reached, dropped the connection, or said it is in maintenance (503). */
export class FactusUnavailableError extends DomainError {
  readonly code = 'FACTUS_UNAVAILABLE';
  readonly kind = 'upstream_unavailable';
  readonly title = 'Factus is unavailable';
  constructor(
    detail: string,
    retryAfterSeconds?: number,
    cause?: unknown,
    /**
     * `not_sent`: the request never left (connection refused, DNS); `connection_lost`: it may have
     * reached Factus; `maintenance`: Factus answered 503; `breaker_open`: we did not try.
     */
    readonly reason:
      'not_sent' | 'connection_lost' | 'maintenance' | 'breaker_open' = 'connection_lost',
  ) {
    super(detail, { retryAfterSeconds, cause });
  }
}

/** Factus did not answer within the configured timeout. */
export class FactusTimeoutError extends DomainError {
  readonly code = 'FACTUS_TIMEOUT';
  readonly kind = 'upstream_timeout';
  readonly title = 'Factus did not answer in time';
  constructor(detail: string, cause?: unknown) {
    super(detail, { cause });
  }
}

/** Factus answered something we cannot use: a 5xx other than 503, or a body that is not what Factus sends. */
export class FactusBadResponseError extends DomainError {
  readonly code = 'FACTUS_BAD_RESPONSE';
  readonly kind = 'upstream_bad_response';
  readonly title = 'Factus answered with an unusable response';
  constructor(
    detail: string,
    cause?: unknown,
    /** The HTTP status Factus answered with, when it was a 5xx (retryable); absent for bad bodies. */
    readonly upstreamStatus?: number,
  ) {
    super(detail, { cause });
  }
}

const KIND_BY_STATUS: Record<number, { kind: ErrorKind; code: string; title: string }> = {
  400: { kind: 'unprocessable', code: 'FACTUS_BAD_REQUEST', title: 'Factus refused the request' },
  401: {
    kind: 'unauthenticated',
    code: 'FACTUS_UNAUTHORIZED',
    title: 'Factus did not accept the token',
  },
  402: {
    kind: 'payment_required',
    code: 'FACTUS_PAYMENT_REQUIRED',
    title: 'The Factus subscription has no documents left or has expired',
  },
  403: {
    kind: 'forbidden',
    code: 'FACTUS_FORBIDDEN',
    title: 'Factus does not allow this for the account',
  },
  404: { kind: 'not_found', code: 'FACTUS_NOT_FOUND', title: 'Factus has no such resource' },
  409: { kind: 'conflict', code: 'FACTUS_CONFLICT', title: 'Factus reported a conflict' },
  422: {
    kind: 'unprocessable',
    code: 'FACTUS_VALIDATION_FAILED',
    title: 'Factus rejected the data',
  },
  429: { kind: 'rate_limited', code: 'FACTUS_RATE_LIMITED', title: 'Factus rate limit reached' },
};

/**
 * A 4xx answer from Factus, with its parsed body. Adapters turn the ones they understand into
 * precise domain errors; any other reaches the caller with a code derived from the status.
 */
export class FactusApiError extends DomainError {
  readonly code: string;
  readonly kind: ErrorKind;
  readonly title: string;

  constructor(
    readonly status: number,
    readonly body: unknown,
    message: string,
    options: { retryAfterSeconds?: number; errors?: FieldError[] } = {},
  ) {
    super(message, options);
    const mapped = KIND_BY_STATUS[status] ?? {
      kind: 'unprocessable' as const,
      code: 'FACTUS_REQUEST_FAILED',
      title: 'Factus refused the request',
    };
    this.code = mapped.code;
    this.kind = mapped.kind;
    this.title = mapped.title;
  }
}

/**
 * A path toward Factus with a `.` or `..` segment (plain or percent-encoded): URL parsers resolve
 * it, so the request would reach another endpoint than the one meant (`…/destroy/reference/..`
 * → `…/destroy/`). The HTTP layer refuses such identifiers first; this is the last line.
 */
export class UnsafeFactusPathError extends DomainError {
  readonly code = 'UNSAFE_PATH_SEGMENT';
  readonly kind = 'invalid_input';
  readonly title = 'The identifier cannot be sent to Factus';

  constructor() {
    super('An identifier in the path is "." or "..", which would change the Factus endpoint.');
  }
}
