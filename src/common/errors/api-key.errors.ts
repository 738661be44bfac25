import { DomainError } from './domain-error';

export class ApiKeyRequiredError extends DomainError {
  readonly code = 'API_KEY_REQUIRED';
  readonly kind = 'unauthenticated';
  readonly title = 'An API key is required';
  constructor() {
    super('Send your API key in the X-API-Key header.');
  }
}

export class ApiKeyInvalidError extends DomainError {
  readonly code = 'API_KEY_INVALID';
  readonly kind = 'unauthenticated';
  readonly title = 'The API key is not valid';
  constructor() {
    super('The X-API-Key header does not hold a key this service accepts.');
  }
}

/** A tenant key (or an API_KEYS key) on an admin route. */
export class AdminKeyRequiredError extends DomainError {
  readonly code = 'ADMIN_API_KEY_REQUIRED';
  readonly kind = 'forbidden';
  readonly title = 'This route takes an admin API key';
  constructor() {
    super('The admin API takes a key from ADMIN_API_KEYS in X-API-Key; this key is not one.');
  }
}

/** An admin key on a route that acts for a tenant: admins manage tenants, they do not issue. */
export class TenantKeyRequiredError extends DomainError {
  readonly code = 'TENANT_API_KEY_REQUIRED';
  readonly kind = 'forbidden';
  readonly title = 'This route takes a tenant API key';
  constructor() {
    super(
      "An admin key manages tenants; send one of the tenant's API keys in X-API-Key to act for it.",
    );
  }
}

/** The admin API is off: ADMIN_API_KEYS is not set. */
export class AdminApiDisabledError extends DomainError {
  readonly code = 'ADMIN_API_DISABLED';
  readonly kind = 'not_found';
  readonly title = 'The admin API is not enabled';
  constructor() {
    super('Set ADMIN_API_KEYS (and TENANT_SECRETS_KEY) to enable the admin API.');
  }
}
