import { Inject, Injectable } from '@nestjs/common';
import type { ProviderSession } from '../../auth/domain/provider-session';
import type { Acquirer, AcquirerQuery } from '../domain/acquirer';
import { ACQUIRER_GATEWAY, AcquirerGateway } from '../domain/acquirer-gateway.port';

/** Looks an acquirer up at DIAN (through Factus) to fill an invoice's customer. */
@Injectable()
export class LookupAcquirerUseCase {
  constructor(@Inject(ACQUIRER_GATEWAY) private readonly gateway: AcquirerGateway) {}

  execute(query: AcquirerQuery, session: ProviderSession): Promise<Acquirer> {
    return this.gateway.find(query, session);
  }
}
