import type { AuthToken } from './auth-token';

export const FACTUS_SESSION_STORE = Symbol('FACTUS_SESSION_STORE');

/**
 * Where the service's managed Factus session is kept. In memory for one replica; a shared store
 * lets several replicas use one session (one login between them).
 */
export interface FactusSessionStore {
  get(): Promise<AuthToken | undefined>;
  set(token: AuthToken): Promise<void>;
  /**
   * Runs `renew` so that only one renewal happens at a time across everyone sharing the store;
   * the others wait for it and read its result.
   */
  renewExclusively(renew: () => Promise<AuthToken>): Promise<AuthToken>;
}

export const FACTUS_SESSION_STORES = Symbol('FACTUS_SESSION_STORES');

/** Makes the store of one managed session; `identity` names the Factus account (no secrets). */
export interface FactusSessionStores {
  forAccount(identity: string): FactusSessionStore;
}

/** Names one Factus account: the same Redis may serve deployments (and tenants) for several. */
export function accountIdentity(baseUrl: string, clientId: string, username: string): string {
  return `${baseUrl}|${clientId}|${username.toLowerCase()}`;
}
