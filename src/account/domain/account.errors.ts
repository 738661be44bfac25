import { DomainError } from '../../common/errors/domain-error';

export class SubscriptionNotFoundError extends DomainError {
  readonly code = 'SUBSCRIPTION_NOT_FOUND';
  readonly kind = 'not_found';
  readonly title = 'No subscription';

  constructor() {
    super('Factus reports no subscription for this account: it cannot issue documents.');
  }
}
