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
}
