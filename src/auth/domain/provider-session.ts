/** The credentials one call to the e-invoicing provider is made with. */
export interface ProviderSession {
  /** A Factus access token: the caller's own (pass-through) or the service's managed one. */
  accessToken: string;
  /**
   * Identifies whose documents the session sees, without being a secret: caches of provider data
   * are partitioned by it so that one account never receives another account's files.
   */
  accountKey: string;
}
