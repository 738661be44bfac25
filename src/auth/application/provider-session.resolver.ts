import { Inject, Injectable } from '@nestjs/common';
import { FACTUS_CONFIG, FactusConfig } from '../../config/config-tokens';
import { FactusTokenRequiredError, TenantBearerNotAllowedError } from '../domain/auth.errors';
import type { ManagedAccount } from '../domain/managed-account';
import type { ProviderSession } from '../domain/provider-session';
import { bearerTokenOf } from './bearer-token';
import { ManagedSessionService } from './managed-session.service';
import { ManagedSessions } from './managed-sessions';
import { hash, TokenOwnerRegistry } from './token-owner.registry';

/**
 * Decides which Factus session a request runs with: a tenant's managed session when the request
 * came with a tenant key (ApiKeyGuard found the account); otherwise the caller's own bearer token
 * when it sends one (pass-through), otherwise the service's managed session when configured.
 */
@Injectable()
export class ProviderSessionResolver {
  constructor(
    private readonly managed: ManagedSessionService,
    private readonly tenants: ManagedSessions,
    private readonly owners: TokenOwnerRegistry,
    @Inject(FACTUS_CONFIG) private readonly factus: FactusConfig,
  ) {}

  /**
   * No Authorization header: the managed session. A header that is there but is not exactly
   * `Bearer <token68>` (`Basic …`, `Bearer a b`, an empty `Bearer `) is refused with 401: falling
   * back to the managed session would act for the company on a caller's broken credentials.
   */
  async resolve(
    authorization: string | undefined,
    account?: ManagedAccount,
  ): Promise<ProviderSession> {
    // Refuses what a request may not bring (a bearer with a tenant key, nothing at all) first.
    const accountKey = this.accountKeyOf(authorization, account);
    if (account) return this.tenants.sessionFor(account);
    const token = bearerTokenOf(authorization);
    if (token) return { accessToken: token, accountKey };
    return this.managed.session();
  }

  /**
   * The account key `resolve` would give the request, without logging in: what must know whose
   * request it is before running it (Idempotency-Key scopes) asks here, so that a replayed answer
   * costs no Factus call. Refuses the same headers as `resolve`, with the same errors.
   */
  accountKeyOf(authorization: string | undefined, account?: ManagedAccount): string {
    if (account) {
      if (authorization !== undefined) throw new TenantBearerNotAllowedError();
      return account.accountKey;
    }
    const token = bearerTokenOf(authorization);
    if (token) return this.accountKeyOfToken(token);
    const managedUser = this.factus.managedUser;
    // ManagedSessionService.session() names its account the same way.
    if (managedUser) return `user:${managedUser.username.toLowerCase()}`;
    throw new FactusTokenRequiredError();
  }

  /** The account key partitions caches and the rate budget: per user when we know the user. */
  private accountKeyOfToken(token: string): string {
    const owner = this.owners.ownerOf(token);
    return owner ? `user:${owner}` : `token:${hash(token)}`;
  }
}
