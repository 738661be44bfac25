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
