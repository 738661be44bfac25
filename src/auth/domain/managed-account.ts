import type { ProviderClient } from './provider-session';

/**
 * A Factus user whose session the service keeps itself (password grant, then refresh): a
 * tenant's. The service's own FACTUS_USERNAME is the implicit one and is not described this way.
 */
export interface ManagedAccount {
  /** Partitions the ledger, caches, idempotency keys, webhooks and the rate budget. */
  accountKey: string;
  client: ProviderClient;
  username: string;
  password: string;
}

export const MANAGED_ACCOUNTS = Symbol('MANAGED_ACCOUNTS');

/**
 * Finds the managed account behind an account key, for work that runs outside a request (the
 * ledger worker, follow-ups): it only has the key the document was recorded under.
 */
export interface ManagedAccounts {
  /** The enabled account with this key, or undefined (unknown, disabled, or not a tenant's). */
  accountOf(accountKey: string): Promise<ManagedAccount | undefined>;
}

export const TENANT_API_KEYS = Symbol('TENANT_API_KEYS');

/** Who a tenant API key (X-API-Key) acts for. */
export interface TenantApiKeys {
  /** Whether `presented` has the shape of a tenant key (it may still be invalid). */
  isTenantKey(presented: string): boolean;
  /** The enabled tenant's account `presented` is a valid key of, and the key's public id. */
  accountOfApiKey(
    presented: string,
  ): Promise<{ account: ManagedAccount; keyId: string } | undefined>;
}
