import { Injectable } from '@nestjs/common';
import { FactusTokenRequiredError } from '../domain/auth.errors';
import type { ProviderSession } from '../domain/provider-session';
import { ManagedSessionService } from './managed-session.service';
import { hash, TokenOwnerRegistry } from './token-owner.registry';

/**
 * Decides which Factus session a request runs with: the caller's own bearer token when it sends
 * one (pass-through), otherwise the service's managed session when configured.
 */
@Injectable()
export class ProviderSessionResolver {
  constructor(
    private readonly managed: ManagedSessionService,
    private readonly owners: TokenOwnerRegistry,
  ) {}

  resolve(authorization: string | undefined): Promise<ProviderSession> {
    const token = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1];
    if (token) {
      const owner = this.owners.ownerOf(token);
      // The account key partitions caches and the rate budget: per user when we know the user.
      return Promise.resolve({
        accessToken: token,
        accountKey: owner ? `user:${owner}` : `token:${hash(token)}`,
      });
    }
    if (this.managed.enabled) return this.managed.session();
    return Promise.reject(new FactusTokenRequiredError());
  }
}
