import { Inject, Injectable } from '@nestjs/common';
import type { ProviderSession } from '../../auth/domain/provider-session';
import { ACCOUNT_GATEWAY, AccountGateway } from '../domain/account-gateway.port';
import { SubscriptionNotFoundError } from '../domain/account.errors';
import { currentSubscription, Subscription } from '../domain/subscription';

/** The subscription (document quota) that governs invoicing for the session's account. */
@Injectable()
export class GetSubscriptionUseCase {
  constructor(@Inject(ACCOUNT_GATEWAY) private readonly gateway: AccountGateway) {}

  async execute(session: ProviderSession): Promise<Subscription> {
    const subscription = currentSubscription(await this.gateway.subscriptions(session));
    if (!subscription) throw new SubscriptionNotFoundError();
    return subscription;
  }
}
