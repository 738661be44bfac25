import { DomainError } from '../../common/errors/domain-error';

/** The provider refused the credentials or the refresh token; the detail is the provider's own message. */
export class AuthenticationFailedError extends DomainError {
  readonly code = 'FACTUS_AUTH_FAILED';
  readonly kind = 'unauthenticated';
  readonly title = 'Factus refused the credentials';

  constructor(providerMessage: string) {
    super(providerMessage);
  }
}

/** A Factus operation was called without a Factus token and the service has no session of its own. */
export class FactusTokenRequiredError extends DomainError {
  readonly code = 'FACTUS_TOKEN_REQUIRED';
  readonly kind = 'unauthenticated';
  readonly title = 'A Factus token is required';

  constructor() {
    super('Send the Factus access token from {0} as "Authorization: Bearer <token>".', {
      hints: [{ to: 'auth.token' }],
    });
  }
}

/** Another replica held the session-renewal lock for longer than a renewal can take. */
export class SessionRenewalTimeoutError extends DomainError {
  readonly code = 'FACTUS_SESSION_UNAVAILABLE';
  readonly kind = 'upstream_unavailable';
  readonly title = 'The Factus session could not be renewed in time';

  constructor() {
    super('Another replica is renewing the Factus session and has not finished. Retry shortly.', {
      retryAfterSeconds: 1,
    });
  }
}

/**
 * A tenant's request that also carries a Factus bearer: a tenant's requests always run with its
 * own managed session, so a caller's token (possibly another account's) is refused, not mixed in.
 */
export class TenantBearerNotAllowedError extends DomainError {
  readonly code = 'TENANT_BEARER_NOT_ALLOWED';
  readonly kind = 'invalid_input';
  readonly title = "A tenant's requests take no Factus token";

  constructor() {
    super(
      "Requests made with a tenant API key run with the tenant's own Factus session: send no Authorization header.",
    );
  }
}
