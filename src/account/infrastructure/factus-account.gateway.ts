import { Injectable } from '@nestjs/common';
import type { ProviderSession } from '../../auth/domain/provider-session';
import { FactusHttpClient } from '../../factus/factus-http.client';
import { FactusBadResponseError } from '../../factus/factus.errors';
import type { AccountGateway } from '../domain/account-gateway.port';
import type { CompanyProfile } from '../domain/company-profile';
import type { Subscription } from '../domain/subscription';
import { fromFactusCompany, fromFactusSubscription } from './factus-account.mapper';
import type {
  FactusCompanyWire,
  FactusEnvelope,
  FactusSubscriptionWire,
} from './factus-account.wire';

/** Factus v2 company (`GET /v2/companies`) and subscriptions (`GET /v2/subscriptions`). */
@Injectable()
export class FactusAccountGateway implements AccountGateway {
  constructor(private readonly client: FactusHttpClient) {}

  async company(session: ProviderSession): Promise<CompanyProfile> {
    const { body } = await this.client.send<FactusEnvelope<FactusCompanyWire>>({
      method: 'GET',
      path: '/v2/companies',
      session,
    });
    const data = body?.data;
    if (!data || typeof data !== 'object' || Array.isArray(data)) {
      throw new FactusBadResponseError('Factus answered GET /v2/companies without the company.');
    }
    return fromFactusCompany(data);
  }

  async subscriptions(session: ProviderSession): Promise<Subscription[]> {
    const { body } = await this.client.send<
      FactusEnvelope<FactusSubscriptionWire[] | FactusSubscriptionWire>
    >({
      method: 'GET',
      path: '/v2/subscriptions',
      session,
    });
    const data = body?.data;
    // Documented as an array; a single object is accepted too.
    const rows = Array.isArray(data) ? data : data && typeof data === 'object' ? [data] : undefined;
    if (!rows) {
      throw new FactusBadResponseError('Factus answered GET /v2/subscriptions without a list.');
    }
    return rows.map(fromFactusSubscription);
  }
}
