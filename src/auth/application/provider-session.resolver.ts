import { Injectable } from '@nestjs/common';
import { FactusTokenRequiredError } from '../domain/auth.errors';
import { MalformedAuthorizationError } from '../domain/login.errors';
import type { ProviderSession } from '../domain/provider-session';
import { ManagedSessionService } from './managed-session.service';
import { hash, TokenOwnerRegistry } from './token-owner.registry';

/** RFC 6750's `Bearer b64token`, the scheme in any case, one space. */
const BEARER = /^Bearer ([A-Za-z0-9\-._~+/]+=*)$/i;

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
  resolve(authorization: string | undefined): Promise<ProviderSession> {
    const token = authorization === undefined ? undefined : BEARER.exec(authorization)?.[1];
    if (authorization !== undefined && !token) {
      return Promise.reject(new MalformedAuthorizationError());
    }
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
