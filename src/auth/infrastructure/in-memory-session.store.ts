import { Injectable } from '@nestjs/common';
import type { AuthToken } from '../domain/auth-token';
import type { FactusSessionStore } from '../domain/factus-session-store.port';

/** The managed session of one replica. Renewal is single flight: concurrent callers share it. */
@Injectable()
export class InMemorySessionStore implements FactusSessionStore {
  private token?: AuthToken;
  private renewing?: Promise<AuthToken>;

  get(): Promise<AuthToken | undefined> {
    return Promise.resolve(this.token);
  }

  set(token: AuthToken): Promise<void> {
    this.token = token;
    return Promise.resolve();
  }

  renewExclusively(renew: () => Promise<AuthToken>): Promise<AuthToken> {
    this.renewing ??= renew().finally(() => (this.renewing = undefined));
    return this.renewing;
  }
}
