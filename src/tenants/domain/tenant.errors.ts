import { DomainError } from '../../common/errors/domain-error';

export class TenantNotFoundError extends DomainError {
  readonly code = 'TENANT_NOT_FOUND';
  readonly kind = 'not_found';
  readonly title = 'No such tenant';

  constructor(id: string) {
    super(`There is no tenant ${id}.`);
  }
}

export class TenantApiKeyNotFoundError extends DomainError {
  readonly code = 'TENANT_API_KEY_NOT_FOUND';
  readonly kind = 'not_found';
  readonly title = 'No such tenant API key';

  constructor(tenantId: string, keyId: string) {
    super(`Tenant ${tenantId} has no API key ${keyId}.`);
  }
}

/** A tenant declared in TENANTS_FILE: the file is its source of truth, the admin API only reads it. */
export class TenantDeclaredInFileError extends DomainError {
  readonly code = 'TENANT_DECLARED_IN_FILE';
  readonly kind = 'conflict';
  readonly title = 'This tenant is declared in TENANTS_FILE';

  constructor(id: string) {
    super(
      `Tenant ${id} is declared in TENANTS_FILE: change it there (and restart or reload), not through the admin API.`,
    );
  }
}

/**
 * The tenant's Factus refused its client or user credentials. The detail names the tenant and its
 * Factus, and Factus's own words only when they repeat none of the secrets.
 */
export class TenantFactusLoginFailedError extends DomainError {
  readonly code = 'TENANT_FACTUS_LOGIN_FAILED';
  readonly kind = 'unprocessable';
  readonly title = "The tenant's Factus refused its credentials";

  constructor(id: string, baseUrl: string, factusMessage?: string) {
    super(
      `Factus at ${baseUrl} refused the login with tenant ${id}'s credentials` +
        (factusMessage ? ` (${factusMessage})` : '') +
        '. Correct factus.clientId, clientSecret, username or password with PATCH, then check again.',
    );
  }
}
