/** The credentials one call to the e-invoicing provider is made with. */
export interface ProviderSession {
  /** A Factus access token: the caller's own (pass-through) or the service's managed one. */
  accessToken: string;
}
