import type { AuthToken } from './auth-token';
import type { ProviderClient } from './provider-session';

export const AUTH_GATEWAY = Symbol('AUTH_GATEWAY');

export type LoginBudget = 'user' | 'public-login';

/** Obtains and renews sessions with the e-invoicing provider. */
export interface AuthGateway {
  /**
   * Password grant. Throws AuthenticationFailedError when the provider refuses the credentials.
   * `budget` says whose rate budget the request spends: the user's own (the managed session), or
   * one kept for logins through our public route, so that anonymous callers guessing passwords
   * never spend the budget a user's documents need.
   */
  authenticate(
    email: string,
    password: string,
    budget?: LoginBudget,
    client?: ProviderClient,
  ): Promise<AuthToken>;
  /**
   * Refresh grant; the returned token carries a new refresh token (the old one is spent).
   * `owner` (the user's e-mail), when known, lets the call count against that user's budget.
   * `accessToken` is the access token issued with `refreshToken` (expired or not), which the
   * provider's refresh request carries; when absent, the gateway uses the one it issued with
   * `refreshToken` if it did.
   *
   * `client`, on both: a tenant's Factus account and OAuth client (its base URL, client id and
   * secret, and its budget); absent, the configured FACTUS_* ones.
   */
  refresh(
    refreshToken: string,
    owner?: string,
    accessToken?: string,
    client?: ProviderClient,
  ): Promise<AuthToken>;
}
