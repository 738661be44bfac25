import { Injectable } from '@nestjs/common';
import type { ProviderSession } from '../../auth/domain/provider-session';
import { FactusHttpClient } from '../../factus/factus-http.client';
import { FactusApiError } from '../../factus/factus.errors';
import { parseFactusAnswer } from '../../factus/wire';
import type { Acquirer, AcquirerQuery } from '../domain/acquirer';
import type { AcquirerGateway } from '../domain/acquirer-gateway.port';
import { AcquirerNotFoundError } from '../domain/acquirer.errors';
import { acquirerAnswer, FactusAcquirerWire } from './factus-acquirer.wire';

const ENDPOINT = 'GET /v2/dian/acquirer';

/** Factus v2 DIAN acquirer lookup (`GET /v2/dian/acquirer`). */
@Injectable()
export class FactusAcquirerGateway implements AcquirerGateway {
  constructor(private readonly client: FactusHttpClient) {}

  async find(query: AcquirerQuery, session: ProviderSession): Promise<Acquirer> {
    let body: unknown;
    try {
      ({ body } = await this.client.send({
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
    return fromFactusAcquirer(parseFactusAnswer(acquirerAnswer, body, ENDPOINT).data, query);
  }
}

/** DIAN answers an empty record rather than an error for some unknown numbers: that is "not found" too. */
export function fromFactusAcquirer(
  data: FactusAcquirerWire | undefined,
  query: AcquirerQuery,
): Acquirer {
  if (data?.name === undefined) throw new AcquirerNotFoundError(query);
  return { name: data.name, email: data.email ?? null };
}
