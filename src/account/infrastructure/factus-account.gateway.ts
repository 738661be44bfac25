import { Injectable } from '@nestjs/common';
import type { ProviderSession } from '../../auth/domain/provider-session';
import { FactusHttpClient } from '../../factus/factus-http.client';
import { parseFactusAnswer } from '../../factus/wire';
import type { AccountGateway } from '../domain/account-gateway.port';
import type { CompanyProfile } from '../domain/company-profile';
import type { Subscription } from '../domain/subscription';
import { fromFactusCompany, fromFactusSubscription } from './factus-account.mapper';
import { companyAnswer, subscriptionsAnswer } from './factus-account.wire';

/** Factus v2 company (`GET /v2/companies`) and subscriptions (`GET /v2/subscriptions`). */
@Injectable()
export class FactusAccountGateway implements AccountGateway {
  constructor(private readonly client: FactusHttpClient) {}

  async company(session: ProviderSession): Promise<CompanyProfile> {
    const { body } = await this.client.send({ method: 'GET', path: '/v2/companies', session });
    const { data } = parseFactusAnswer(companyAnswer, body, 'GET /v2/companies');
    return fromFactusCompany(data);
  }

  async subscriptions(session: ProviderSession): Promise<Subscription[]> {
    const { body } = await this.client.send({ method: 'GET', path: '/v2/subscriptions', session });
    const { data } = parseFactusAnswer(subscriptionsAnswer, body, 'GET /v2/subscriptions');
    return data.map(fromFactusSubscription);
  }
}
