import type { RouteHint } from './route-hint';

/**
 * Base of every error the service means to tell a caller about. Plain TypeScript so that the
 * domain can throw it; the problem+json filter turns it into an RFC 9457 answer.
 *
 * `kind` says what sort of failure it is, independent of transport; the HTTP layer maps kinds to
 * status codes in one place (problem-status.ts). `code` is stable and documented: clients switch on it.
 */
export type ErrorKind =
  | 'invalid_input' // 400
  | 'unauthenticated' // 401
  | 'payment_required' // 402
  | 'forbidden' // 403
  | 'not_found' // 404
  | 'conflict' // 409
  | 'payload_too_large' // 413
  | 'unsupported_media_type' // 415
  | 'unprocessable' // 422
  | 'rate_limited' // 429
  | 'upstream_bad_response' // 502
  | 'upstream_unavailable' // 503
  | 'upstream_timeout' // 504
  | 'internal'; // 500

export interface FieldError {
  /** Path in our own request shape, e.g. `items[0].price` or `customer.email`. */
  field: string;
  message: string;
  /** Places of the API the message refers to as `{0}`, `{1}` (see route-hint.ts). */
  hints?: RouteHint[];
}

export interface DomainErrorOptions {
  detail?: string;
  errors?: FieldError[];
  retryAfterSeconds?: number;
  /** Extra machine-readable members added to the problem body (must not hold secrets). */
  extensions?: Record<string, unknown>;
  /** Places of the API the message refers to as `{0}`, `{1}` (see route-hint.ts). */
  hints?: RouteHint[];
  cause?: unknown;
}

export abstract class DomainError extends Error {
  abstract readonly code: string;
  abstract readonly kind: ErrorKind;
  /** A short, human summary that does not change between occurrences. */
  abstract readonly title: string;
  readonly errors: FieldError[];
  readonly retryAfterSeconds?: number;
  readonly extensions: Record<string, unknown>;
  readonly hints: RouteHint[];

  protected constructor(message: string, options: DomainErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.errors = options.errors ?? [];
    this.retryAfterSeconds = options.retryAfterSeconds;
    this.extensions = options.extensions ?? {};
    this.hints = options.hints ?? [];
  }

  /** The problem's `detail`. Defaults to the message. */
  get detail(): string {
    return this.message;
  }
}
