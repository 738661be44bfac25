import { Inject, Injectable, Optional } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { growingBound } from '../../../common/cache/growing-bound';
import { ManagedSessionService } from '../../../auth/application/managed-session.service';
import { ManagedSessions } from '../../../auth/application/managed-sessions';
import { MANAGED_ACCOUNTS, ManagedAccounts } from '../../../auth/domain/managed-account';
import type { ProviderSession } from '../../../auth/domain/provider-session';

/**
 * The Factus session the worker sends an account's documents with. The managed session and the
 * tenants' managed sessions are always at hand (while the tenant is enabled). A caller's own token is only known while this process holds it (it is a secret: it is
 * never written to the database), so after a restart that account's documents wait until the
 * caller sends a request again.
 */
@Injectable()
export class AccountSessions {
  private readonly callers = new LRUCache<string, ProviderSession>({ ...growingBound(10_000) });

  constructor(
    private readonly managed: ManagedSessionService,
    private readonly tenantSessions: ManagedSessions,
    @Optional() @Inject(MANAGED_ACCOUNTS) private readonly tenants?: ManagedAccounts,
  ) {}

  /** The latest session a caller used for its account. */
  remember(session: ProviderSession): void {
    if (session.renew) return; // the managed session: asked for fresh each time
    this.callers.set(session.accountKey, session);
  }

  async sessionFor(accountKey: string): Promise<ProviderSession | undefined> {
    if (this.managed.enabled && this.managed.accountKey === accountKey)
      return this.managed.session();
    const tenant = await this.tenants?.accountOf(accountKey);
    if (tenant) return this.tenantSessions.sessionFor(tenant);
    return this.callers.get(accountKey);
  }
}
