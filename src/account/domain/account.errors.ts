import { DomainError, FieldError } from '../../common/errors/domain-error';

export class SubscriptionNotFoundError extends DomainError {
  readonly code = 'SUBSCRIPTION_NOT_FOUND';
  readonly kind = 'not_found';
  readonly title = 'No subscription';

  constructor() {
    super('Factus reports no subscription for this account: it cannot issue documents.');
  }
}

/** Factus refused the company update with its own field validation (its 422). */
export class CompanyUpdateRefusedError extends DomainError {
  readonly code = 'FACTUS_VALIDATION_FAILED';
  readonly kind = 'unprocessable';
  readonly title = 'Factus rejected the data';

  constructor(factusMessage: string, errors: FieldError[]) {
    super(`Factus refused the company update: ${factusMessage}`, { errors });
  }
}
