import { Inject, Injectable } from '@nestjs/common';
import { ProviderSessionResolver } from '../../auth/application/provider-session.resolver';
import type { ManagedAccount } from '../../auth/domain/managed-account';
import { CLOCK, Clock } from '../../common/domain/clock';
import { IDEMPOTENCY_CONFIG, IdempotencyConfig } from '../../config/config-tokens';
import {
  BeginOutcome,
  IDEMPOTENCY_STORE,
  IdempotencyKeyRef,
  IdempotencyStore,
  StoredResponse,
} from '../domain/idempotency-store.port';

/** What the interceptor needs to know of a request to scope its key. */
export interface RequestIdentity {
  /** The X-API-Key's id (ApiKeyGuard sets it); undefined when no API keys are configured. */
  apiKeyId?: string;
  authorization?: string;
  /** The tenant account a tenant key acts for (ApiKeyGuard sets it). */
  account?: ManagedAccount;
}

/**
 * The Idempotency-Key use cases: whose key it is, and begin / complete / release with the
 * configured lock and lifetime. Scopes hold ids and hashes only, never a token or an API key.
 */
@Injectable()
export class IdempotentRequests {
  constructor(
    @Inject(IDEMPOTENCY_STORE) private readonly store: IdempotencyStore,
    @Inject(IDEMPOTENCY_CONFIG) private readonly config: IdempotencyConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly sessions: ProviderSessionResolver,
  ) {}

  /** Keys are per API key and account: the same key from another caller is another key. */
  scopeOf(identity: RequestIdentity): string {
    return `${identity.apiKeyId ?? '-'}|${this.sessions.accountKeyOf(identity.authorization, identity.account)}`;
  }

  begin(ref: IdempotencyKeyRef, fingerprint: string): Promise<BeginOutcome> {
    const now = this.clock.now();
    return this.store.begin({
      ...ref,
      fingerprint,
      now,
      lockedUntil: this.after(now, this.config.lockMs),
      expiresAt: this.after(now, Math.max(this.config.ttlMs, this.config.lockMs)),
    });
  }

  complete(ref: IdempotencyKeyRef, response: StoredResponse): Promise<void> {
    return this.store.complete(ref, response, this.after(this.clock.now(), this.config.ttlMs));
  }

  release(ref: IdempotencyKeyRef): Promise<void> {
    return this.store.release(ref);
  }

  private after(now: Date, ms: number): Date {
    return new Date(now.getTime() + ms);
  }
}
