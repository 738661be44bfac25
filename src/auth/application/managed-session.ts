import { Logger } from '@nestjs/common';
import type { Clock } from '../../common/domain/clock';
import type { AuthGateway } from '../domain/auth-gateway.port';
import type { AuthToken } from '../domain/auth-token';
import { AuthenticationFailedError } from '../domain/auth.errors';
import type { FactusSessionStore } from '../domain/factus-session-store.port';
import type { ProviderClient, ProviderSession } from '../domain/provider-session';

export interface ManagedSessionOptions {
  accountKey: string;
  username: string;
  password: string;
  /** A tenant's Factus account and OAuth client; absent, the configured FACTUS_* one. */
  client?: ProviderClient;
  /** Renew this long before Factus says the token expires (capped at half its lifetime). */
  refreshSkewMs: number;
}

/**
 * One managed Factus session: one password-grant login, then the refresh grant before the token
 * expires (`expires_in` minus a skew), the password grant again when a refresh fails, and a
 * single token request however many callers arrive at once (the store makes renewal exclusive,
 * across replicas when it is shared).
 */
export class ManagedSession {
  private readonly logger = new Logger(ManagedSession.name);

  constructor(
    private readonly gateway: AuthGateway,
    private readonly store: FactusSessionStore,
    private readonly clock: Clock,
    private readonly options: ManagedSessionOptions,
  ) {}

  get accountKey(): string {
    return this.options.accountKey;
  }

  /**
   * The same account under settings that are not credentials (its rate limit): the token stays
   * good, only what the session tells the HTTP client changes.
   */
  useClient(client: ProviderClient): void {
    this.options.client = client;
  }

  async session(): Promise<ProviderSession> {
    const token = await this.currentToken();
    return {
      accessToken: token.accessToken,
      accountKey: this.accountKey,
      renew: (stale) => this.renewAfterRefusal(stale),
      ...(this.options.client ? { account: accountOf(this.options.client) } : {}),
    };
  }

  /** A valid token: the stored one while fresh, otherwise a renewed one (single flight). */
  async currentToken(): Promise<AuthToken> {
    const stored = await this.store.get();
    if (stored && this.isFresh(stored)) return stored;
    return this.renew((latest) => this.isFresh(latest));
  }

  /** Factus refused `stale` (401): get another, unless someone already replaced it. */
  private async renewAfterRefusal(stale: string): Promise<string> {
    const token = await this.renew(
      (latest) => latest.accessToken !== stale && this.isFresh(latest),
    );
    return token.accessToken;
  }

  private renew(stillGood: (latest: AuthToken) => boolean): Promise<AuthToken> {
    return this.store.renewExclusively(async () => {
      // Whoever renewed while we waited for our turn has already done the work.
      const latest = await this.store.get();
      if (latest && stillGood(latest)) return latest;
      const renewed = await this.obtain(latest);
      await this.store.set(renewed);
      return renewed;
    });
  }

  private async obtain(previous: AuthToken | undefined): Promise<AuthToken> {
    const { username, password, client } = this.options;
    // A tenant's lines carry its id (never its name or NIT); the implicit session's stay as they were.
    const say = (msg: string) => (client ? { msg, tenant: client.tenantId } : msg);
    if (previous) {
      try {
        // The access token goes along: Factus's refresh request carries it (refresh-token.md), and
        // another replica may have issued it (a session shared through Redis).
        const refreshed = await this.gateway.refresh(
          previous.refreshToken,
          username,
          previous.accessToken,
          client,
        );
        this.logger.log(say('Refreshed the managed Factus session'));
        return refreshed;
      } catch (error) {
        if (!(error instanceof AuthenticationFailedError)) throw error;
        this.logger.warn(say('The Factus refresh token was refused; logging in again'));
      }
    }
    const token = await this.gateway.authenticate(username, password, 'user', client);
    this.logger.log(say('Logged in to Factus for the managed session'));
    return token;
  }

  /** Fresh until `expiresAt − skew`; the skew never exceeds half the token's lifetime. */
  private isFresh(token: AuthToken): boolean {
    const skew = Math.min(this.options.refreshSkewMs, (token.expiresIn * 1000) / 2);
    return this.clock.now().getTime() < token.expiresAt.getTime() - skew;
  }
}

/** What a session tells the HTTP client about its account: never the client secret. */
function accountOf(client: ProviderClient): ProviderSession['account'] {
  return { tenantId: client.tenantId, baseUrl: client.baseUrl, rateLimit: client.rateLimit };
}
