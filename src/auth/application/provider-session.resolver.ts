import { Injectable } from '@nestjs/common';
import { FactusTokenRequiredError } from '../domain/auth.errors';
import type { ProviderSession } from '../domain/provider-session';
import { bearerTokenOf } from './bearer-token';
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

  /**
   * No Authorization header: the managed session. A header that is there but is not exactly
   * `Bearer <token68>` (`Basic …`, `Bearer a b`, an empty `Bearer `) is refused with 401: falling
   * back to the managed session would act for the company on a caller's broken credentials.
   */
  async resolve(authorization: string | undefined): Promise<ProviderSession> {
    const token = bearerTokenOf(authorization);
    if (token) {
      const owner = this.owners.ownerOf(token);
      // The account key partitions caches and the rate budget: per user when we know the user.
      return { accessToken: token, accountKey: owner ? `user:${owner}` : `token:${hash(token)}` };
    }
    if (this.managed.enabled) return this.managed.session();
    throw new FactusTokenRequiredError();
  }
}
