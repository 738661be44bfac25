import { Inject, Injectable, Logger } from '@nestjs/common';
import { CLOCK, Clock } from '../../common/domain/clock';
import { FACTUS_CONFIG, FactusConfig } from '../../config/config-tokens';
import { AUTH_GATEWAY, AuthGateway } from '../domain/auth-gateway.port';
import type { AuthToken } from '../domain/auth-token';
import { AuthenticationFailedError } from '../domain/auth.errors';
import { FACTUS_SESSION_STORE, FactusSessionStore } from '../domain/factus-session-store.port';
import type { ProviderSession } from '../domain/provider-session';

/**
 * The service's own Factus session (FACTUS_USERNAME / FACTUS_PASSWORD): one password-grant login,
 * then the refresh grant before the token expires (`expires_in` minus a skew), the password grant
 * again when a refresh fails, and a single token request however many callers arrive at once.
 */
@Injectable()
export class ManagedSessionService {
  private readonly logger = new Logger(ManagedSessionService.name);

  constructor(
    @Inject(AUTH_GATEWAY) private readonly gateway: AuthGateway,
    @Inject(FACTUS_SESSION_STORE) private readonly store: FactusSessionStore,
    @Inject(FACTUS_CONFIG) private readonly config: FactusConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  get enabled(): boolean {
    return this.config.managedUser !== undefined;
  }

  /** Whose documents the managed session sees (no login needed to know it). */
  get accountKey(): string {
    return `user:${this.user.username.toLowerCase()}`;
  }

  async session(): Promise<ProviderSession> {
    const token = await this.currentToken();
    return {
      accessToken: token.accessToken,
      accountKey: this.accountKey,
      renew: (stale) => this.renewAfterRefusal(stale),
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
    const { username, password } = this.user;
    if (previous) {
      try {
        // The access token goes along: Factus's refresh request carries it (refresh-token.md), and
        // another replica may have issued it (a session shared through Redis).
        const refreshed = await this.gateway.refresh(
          previous.refreshToken,
          username,
          previous.accessToken,
        );
        this.logger.log('Refreshed the managed Factus session');
        return refreshed;
      } catch (error) {
        if (!(error instanceof AuthenticationFailedError)) throw error;
        this.logger.warn('The Factus refresh token was refused; logging in again');
      }
    }
    const token = await this.gateway.authenticate(username, password);
    this.logger.log('Logged in to Factus for the managed session');
    return token;
  }

  /** Fresh until `expiresAt − skew`; the skew never exceeds half the token's lifetime. */
  private isFresh(token: AuthToken): boolean {
    const skew = Math.min(this.config.tokenRefreshSkewMs, (token.expiresIn * 1000) / 2);
    return this.clock.now().getTime() < token.expiresAt.getTime() - skew;
  }

  private get user(): { username: string; password: string } {
    const user = this.config.managedUser;
    if (!user) throw new Error('The managed Factus session is not configured');
    return user;
  }
}
