import type { ProviderAccount } from '../../auth/domain/provider-session';
import type { FactusConfig } from '../../config/config-tokens';
import { FactusResilience } from './factus-resilience';

/** Tenants are bounded (an admin declares each); the cap only keeps a bug from growing the map. */
const MAX_TENANT_BREAKERS = 10_000;

/**
 * One FactusResilience (retries and circuit breaker) per Factus account: the configured one for
 * calls without an account, and one per tenant, created on its first call, so that one tenant's
 * failing Factus never opens the breaker of another tenant, nor of the configured account.
 * Least recently used tenants are forgotten past the cap (their breaker starts closed again).
 */
export class AccountResilience {
  readonly configured: FactusResilience;
  private readonly tenants = new Map<string, FactusResilience>();

  constructor(
    private readonly config: Pick<FactusConfig, 'retry' | 'breaker'>,
    private readonly maxTenants = MAX_TENANT_BREAKERS,
  ) {
    this.configured = new FactusResilience(config);
  }

  /** The resilience of `account`'s calls; the configured one without an account. */
  of(account: ProviderAccount | undefined): FactusResilience {
    if (!account) return this.configured;
    const id = account.tenantId;
    let resilience = this.tenants.get(id);
    if (resilience) {
      this.tenants.delete(id); // re-inserted last: most recently used
    } else {
      resilience = new FactusResilience(this.config);
      if (this.tenants.size >= this.maxTenants) {
        const oldest = this.tenants.keys().next().value;
        if (oldest !== undefined) this.tenants.delete(oldest);
      }
    }
    this.tenants.set(id, resilience);
    return resilience;
  }

  /** Every tenant breaker this process has, with its state (for the breaker gauge). */
  tenantBreakerStates(): Array<[tenantId: string, state: 'closed' | 'open' | 'half-open']> {
    return [...this.tenants].map(([id, resilience]) => [id, resilience.breakerState]);
  }

  /** A tenant's breaker state; `closed` for a tenant that made no call (or was forgotten). */
  breakerStateOf(tenantId: string): 'closed' | 'open' | 'half-open' {
    return this.tenants.get(tenantId)?.breakerState ?? 'closed';
  }
}
