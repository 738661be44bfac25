import type { ErrorKind } from '../errors/domain-error';

/** The one place where kinds of failure become HTTP statuses. */
export const STATUS_BY_KIND: Record<ErrorKind, number> = {
  invalid_input: 400,
  unauthenticated: 401,
  payment_required: 402,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unprocessable: 422,
  rate_limited: 429,
  upstream_bad_response: 502,
  upstream_unavailable: 503,
  upstream_timeout: 504,
  internal: 500,
};
