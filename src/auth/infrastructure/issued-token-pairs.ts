import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import { growingBound } from '../../common/cache/growing-bound';

/** Pairs remembered at once: one per live session of this replica is plenty. */
const CAPACITY = 10_000;

/**
 * The access token each refresh token was issued with, for the refresh request's
 * `Authorization: Bearer` header (refresh-token.md) when the caller has only the refresh token.
 * Keyed by a hash of the refresh token; in memory only, never logged; an entry is forgotten
 * once its refresh token is spent (Factus rotates them), and the oldest go first.
 */
export class IssuedTokenPairs {
  private readonly pairs = new LRUCache<string, string>({ ...growingBound(CAPACITY) });

  remember(refreshToken: string, accessToken: string): void {
    this.pairs.set(keyOf(refreshToken), accessToken);
  }

  /** The access token issued with `refreshToken`, if this replica issued it. */
  accessTokenOf(refreshToken: string): string | undefined {
    return this.pairs.get(keyOf(refreshToken));
  }

  forget(refreshToken: string): void {
    this.pairs.delete(keyOf(refreshToken));
  }
}

function keyOf(refreshToken: string): string {
  return createHash('sha256').update(refreshToken).digest('hex');
}
