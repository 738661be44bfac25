import type { AuthToken } from './auth-token';

export const AUTH_GATEWAY = Symbol('AUTH_GATEWAY');

/** Obtains and renews sessions with the e-invoicing provider. */
export interface AuthGateway {
  /** Password grant. Throws AuthenticationFailedError when the provider refuses the credentials. */
  authenticate(email: string, password: string): Promise<AuthToken>;
  /**
   * Refresh grant; the returned token carries a new refresh token (the old one is spent).
   * `owner` (the user's e-mail), when known, lets the call count against that user's budget.
   * `accessToken` is the access token issued with `refreshToken` (expired or not), which the
   * provider's refresh request carries; when absent, the gateway uses the one it issued with
   * `refreshToken` if it did.
   */
  refresh(refreshToken: string, owner?: string, accessToken?: string): Promise<AuthToken>;
}
