import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, Clock } from '../../common/domain/clock';
import { LOGIN_CONFIG, LoginConfig } from '../../config/config-tokens';
import { LoginLockedError } from '../domain/login.errors';

/** Keys remembered at most; the oldest are forgotten first (an attacker's spray stays bounded). */
const CAPACITY = 10_000;

/**
 * Failed logins counted per e-mail and per client address, each in a sliding window
 * (LOGIN_LOCKOUT_MS): past the limit, the next attempt is refused with 429 and Retry-After before
 * it reaches Factus, so wrong passwords neither reach the account nor spend its Factus budget.
 * A success clears the e-mail's count. Counted per replica.
 */
@Injectable()
export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(
    @Inject(LOGIN_CONFIG) private readonly config: LoginConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Throws LoginLockedError while the e-mail or the client address is locked out. */
  check(email: string | undefined, client: string): void {
    const waits = [
      email === undefined ? 0 : this.waitMs(emailKey(email), this.config.maxFailuresPerEmail),
      this.waitMs(clientKey(client), this.config.maxFailuresPerClient),
    ];
    const wait = Math.max(...waits);
    if (wait > 0) throw new LoginLockedError(Math.max(1, Math.ceil(wait / 1000)));
  }

  failed(email: string | undefined, client: string): void {
    if (email !== undefined) this.record(emailKey(email));
    this.record(clientKey(client));
  }

  succeeded(email: string | undefined): void {
    if (email !== undefined) this.failures.delete(emailKey(email));
  }

  /** How long until the key falls back under `limit` failures in the window (0: not locked). */
  private waitMs(key: string, limit: number): number {
    const recent = this.recent(key);
    if (recent.length < limit) return 0;
    return recent[recent.length - limit] + this.config.lockoutMs - this.now();
  }

  private record(key: string): void {
    const recent = this.recent(key);
    recent.push(this.now());
    this.failures.delete(key);
    const kept = Math.max(this.config.maxFailuresPerClient, this.config.maxFailuresPerEmail);
    this.failures.set(key, recent.slice(-kept));
    while (this.failures.size > CAPACITY) {
      this.failures.delete(this.failures.keys().next().value as string);
    }
  }

  private recent(key: string): number[] {
    const since = this.now() - this.config.lockoutMs;
    return (this.failures.get(key) ?? []).filter((at) => at > since);
  }

  private now(): number {
    return this.clock.now().getTime();
  }
}

const emailKey = (email: string) => `email:${email.trim().toLowerCase()}`;
const clientKey = (client: string) => `client:${client}`;
