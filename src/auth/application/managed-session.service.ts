import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, Clock } from '../../common/domain/clock';
import { FACTUS_CONFIG, FactusConfig } from '../../config/config-tokens';
import { AUTH_GATEWAY, AuthGateway } from '../domain/auth-gateway.port';
import type { AuthToken } from '../domain/auth-token';
import { FACTUS_SESSION_STORE, FactusSessionStore } from '../domain/factus-session-store.port';
import type { ProviderSession } from '../domain/provider-session';
import { ManagedSession } from './managed-session';

/**
 * The service's own Factus session (FACTUS_USERNAME / FACTUS_PASSWORD on the configured Factus):
 * the implicit tenant's. Tenants' sessions are ManagedSessions too (see ManagedSessions).
 */
@Injectable()
export class ManagedSessionService {
  private readonly managed?: ManagedSession;

  constructor(
    @Inject(AUTH_GATEWAY) gateway: AuthGateway,
    @Inject(FACTUS_SESSION_STORE) store: FactusSessionStore,
    @Inject(FACTUS_CONFIG) config: FactusConfig,
    @Inject(CLOCK) clock: Clock,
  ) {
    const user = config.managedUser;
    if (user) {
      this.managed = new ManagedSession(gateway, store, clock, {
        accountKey: `user:${user.username.toLowerCase()}`,
        username: user.username,
        password: user.password,
        refreshSkewMs: config.tokenRefreshSkewMs,
      });
    }
  }

  get enabled(): boolean {
    return this.managed !== undefined;
  }

  /** Whose documents the managed session sees (no login needed to know it). */
  get accountKey(): string {
    return this.required.accountKey;
  }

  session(): Promise<ProviderSession> {
    return this.required.session();
  }

  /** A valid token: the stored one while fresh, otherwise a renewed one (single flight). */
  currentToken(): Promise<AuthToken> {
    return this.required.currentToken();
  }

  private get required(): ManagedSession {
    if (!this.managed) throw new Error('The managed Factus session is not configured');
    return this.managed;
  }
}
