/**
 * Which Factus account a session (or a session-less call, such as a login) is for, when it is not
 * the one FACTUS_BASE_URL configures: a tenant's. Calls for it go to its base URL, spend its own
 * rate budget, trip its own circuit breaker, and are labelled with its id in metrics and logs.
 */
export interface ProviderAccount {
  /** Bounded, non-secret id for metrics labels, logs and the breaker (a tenant id). */
  tenantId: string;
  /** Its Factus base URL, without trailing slash. */
  baseUrl: string;
  /** Its own Factus budget (requests per rate window); the configured FACTUS_RATE_LIMIT when absent. */
  rateLimit?: number;
}

/** An account plus the OAuth client its logins use. */
export interface ProviderClient extends ProviderAccount {
  clientId: string;
  clientSecret: string;
}

/** The credentials one call to the e-invoicing provider is made with. */
export interface ProviderSession {
  /** A Factus access token: the caller's own (pass-through) or the service's managed one. */
  accessToken: string;
  /**
   * Identifies whose documents the session sees, without being a secret: caches of provider data
   * are partitioned by it so that one account never receives another account's files.
   */
  accountKey: string;
  /**
   * Present on the service's managed session: called when Factus refuses the token (401); drops
   * it, obtains a new one (single flight) and returns it, so the call can be replayed once.
   */
  renew?: (staleAccessToken: string) => Promise<string>;
  /** A tenant's session: where its calls go. Absent: the configured Factus (FACTUS_BASE_URL). */
  account?: ProviderAccount;
}
