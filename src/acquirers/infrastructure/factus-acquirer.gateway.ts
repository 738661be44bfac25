import { Injectable } from '@nestjs/common';
import type { ProviderSession } from '../../auth/domain/provider-session';
import { FactusHttpClient } from '../../factus/factus-http.client';
import { FactusApiError, FactusBadResponseError } from '../../factus/factus.errors';
import type { Acquirer, AcquirerQuery } from '../domain/acquirer';
import type { AcquirerGateway } from '../domain/acquirer-gateway.port';
import { AcquirerNotFoundError } from '../domain/acquirer.errors';

/** `data` of `GET /v2/dian/acquirer` (factus-api.md §2.9). */
export interface FactusAcquirerWire {
  name?: string | null;
  email?: string | null;
}

/** Factus v2 DIAN acquirer lookup (`GET /v2/dian/acquirer`). */
@Injectable()
export class FactusAcquirerGateway implements AcquirerGateway {
  constructor(private readonly client: FactusHttpClient) {}

  async find(query: AcquirerQuery, session: ProviderSession): Promise<Acquirer> {
    let body: { data?: FactusAcquirerWire | null } | undefined;
    try {
      ({ body } = await this.client.send<{ data?: FactusAcquirerWire | null }>({
        method: 'GET',
        path: '/v2/dian/acquirer',
        query: {
          identification_document_code: query.identificationDocumentCode,
          identification_number: query.identification,
        },
        session,
      }));
    } catch (error) {
      if (error instanceof FactusApiError && error.status === 404) {
        throw new AcquirerNotFoundError(query, error.message);
      }
      throw error;
    }
    return fromFactusAcquirer(body?.data, query);
  }
}

/** DIAN answers an empty record rather than an error for some unknown numbers: that is "not found" too. */
export function fromFactusAcquirer(
  data: FactusAcquirerWire | null | undefined,
  query: AcquirerQuery,
): Acquirer {
  if (data !== undefined && data !== null && typeof data !== 'object') {
    throw new FactusBadResponseError('Factus answered the acquirer lookup with unusable data.');
  }
  const name = typeof data?.name === 'string' ? data.name.trim() : '';
  if (name === '') throw new AcquirerNotFoundError(query);
  const email =
    typeof data?.email === 'string' && data.email.trim() !== '' ? data.email.trim() : null;
  return { name, email };
}
