import { DomainError } from '../../common/errors/domain-error';

/**
 * Errors of our public login routes and of the Authorization header.
 */

/** An Authorization header that is not `Bearer <token>`: never silently the managed session. */
export class MalformedAuthorizationError extends DomainError {
  readonly code = 'AUTHORIZATION_MALFORMED';
  readonly kind = 'unauthenticated';
  readonly title = 'The Authorization header is malformed';

  constructor() {
    super(
      'Send "Authorization: Bearer <Factus access token>" (one token, no other scheme), or no Authorization header at all.',
    );
  }
}

/** A login as the service's managed user through the public login route, which is not allowed. */
export class ManagedUserLoginRefusedError extends DomainError {
  readonly code = 'MANAGED_USER_LOGIN_REFUSED';
  readonly kind = 'forbidden';
  readonly title = 'This user logs in only through the service';

  constructor() {
    super(
      "This is the service's own Factus user: its requests need no token (the service holds the session). Set AUTH_ALLOW_MANAGED_USER_LOGIN=true to allow logging in as it here.",
    );
  }
}

/** Too many failed logins for this e-mail or from this client: slowed down, not sent to Factus. */
export class LoginLockedError extends DomainError {
  readonly code = 'LOGIN_LOCKED';
  readonly kind = 'rate_limited';
  readonly title = 'Too many failed logins';

  constructor(retryAfterSeconds: number) {
    super(
      `Too many failed logins for this e-mail or from this address; try again in ${retryAfterSeconds} s.`,
      { retryAfterSeconds },
    );
  }
}
