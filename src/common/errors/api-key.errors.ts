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
