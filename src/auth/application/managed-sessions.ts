import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { CLOCK, Clock } from '../../common/domain/clock';
import { FACTUS_CONFIG, FactusConfig } from '../../config/config-tokens';
import { AUTH_GATEWAY, AuthGateway } from '../domain/auth-gateway.port';
import {
  accountIdentity,
  FACTUS_SESSION_STORES,
  FactusSessionStores,
} from '../domain/factus-session-store.port';
import type { ManagedAccount } from '../domain/managed-account';
import type { ProviderSession } from '../domain/provider-session';
import { ManagedSession } from './managed-session';

/**
 * The managed sessions of tenants' accounts, one per account key, made on first use. When an
 * account's credentials change (an admin update), its next request gets a new session: the old
 * token belonged to the old credentials.
 */
@Injectable()
export class ManagedSessions {
  private readonly sessions = new Map<string, { fingerprint: string; session: ManagedSession }>();

  constructor(
    @Inject(AUTH_GATEWAY) private readonly gateway: AuthGateway,
    @Inject(FACTUS_SESSION_STORES) private readonly stores: FactusSessionStores,
    @Inject(FACTUS_CONFIG) private readonly config: FactusConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  sessionFor(account: ManagedAccount): Promise<ProviderSession> {
    return this.managedSessionOf(account).session();
  }

  private managedSessionOf(account: ManagedAccount): ManagedSession {
    const fingerprint = fingerprintOf(account);
    const known = this.sessions.get(account.accountKey);
    if (known?.fingerprint === fingerprint) {
      // A changed rate limit is not a new login: the session carries the new one from now on.
      known.session.useClient(account.client);
      return known.session;
    }
    const { client, username } = account;
    const session = new ManagedSession(
      this.gateway,
      // A new identity when the account moves: its stored token is another account's.
      this.stores.forAccount(
        `${account.accountKey}|${accountIdentity(client.baseUrl, client.clientId, username)}|${fingerprint}`,
      ),
      this.clock,
      {
        accountKey: account.accountKey,
        username,
        password: account.password,
        client,
        refreshSkewMs: this.config.tokenRefreshSkewMs,
      },
    );
    this.sessions.set(account.accountKey, { fingerprint, session });
    return session;
  }
}

/**
 * Changes with any credential or with where they log in (hashed: the map never holds a second copy
 * of a secret's shape); not with the rate limit, which needs no new token.
 */
function fingerprintOf(account: ManagedAccount): string {
  const { client } = account;
  return createHash('sha256')
    .update(
      JSON.stringify([
        client.baseUrl,
        client.clientId,
        client.clientSecret,
        account.username,
        account.password,
      ]),
    )
    .digest('hex')
    .slice(0, 16);
}
