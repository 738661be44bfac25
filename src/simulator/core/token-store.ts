import { randomBytes } from 'node:crypto';
import type { Clock } from '../simulator-clock';

export interface AccessTokenRecord {
  userId: string;
  expiresAt: number;
  revoked: boolean;
  refreshToken: string;
}

/**
 * Passport-like token bookkeeping: access tokens expire after the configured TTL; a refresh
 * rotates both tokens (the old access and refresh tokens are revoked, as Laravel Passport does).
 */
export class TokenStore {
  private readonly access = new Map<string, AccessTokenRecord>();
  private readonly refresh = new Map<
    string,
    { userId: string; accessToken: string; used: boolean }
  >();

  constructor(private readonly clock: Clock) {}

  issue(userId: string, ttlSeconds: number): { accessToken: string; refreshToken: string } {
    const accessToken = `sim.${randomBytes(24).toString('base64url')}`;
    const refreshToken = `def50200${randomBytes(32).toString('hex')}`;
    this.access.set(accessToken, {
      userId,
      expiresAt: this.clock() + ttlSeconds * 1000,
      revoked: false,
      refreshToken,
    });
    this.refresh.set(refreshToken, { userId, accessToken, used: false });
    return { accessToken, refreshToken };
  }

  /** The user owning a live access token, or undefined when unknown, expired or revoked. */
  userOf(accessToken: string): string | undefined {
    const record = this.access.get(accessToken);
    if (!record || record.revoked || record.expiresAt <= this.clock()) return undefined;
    return record.userId;
  }

  /** Consumes a refresh token (single use) and revokes the access token issued with it. */
  consumeRefresh(refreshToken: string): string | undefined {
    const record = this.refresh.get(refreshToken);
    if (!record || record.used) return undefined;
    record.used = true;
    const access = this.access.get(record.accessToken);
    if (access) access.revoked = true;
    return record.userId;
  }

  ownerOfRefresh(refreshToken: string): string | undefined {
    return this.refresh.get(refreshToken)?.userId;
  }

  /** Expires one access token (or all) now; returns how many were affected. */
  expire(accessToken?: string): number {
    return this.mutate(accessToken, (record) => (record.expiresAt = this.clock()));
  }

  /** Revokes one access token (or all); their refresh tokens stay usable, as after a logout. */
  revoke(accessToken?: string): number {
    return this.mutate(accessToken, (record) => (record.revoked = true));
  }

  clear(): void {
    this.access.clear();
    this.refresh.clear();
  }

  private mutate(
    accessToken: string | undefined,
    change: (record: AccessTokenRecord) => void,
  ): number {
    const records = accessToken
      ? [this.access.get(accessToken)].filter((r): r is AccessTokenRecord => r !== undefined)
      : [...this.access.values()];
    records.forEach(change);
    return records.length;
  }
}
