import { createHash } from 'node:crypto';

const CAPACITY = 10_000;

/**
 * When Factus last accepted each access token (any answer but 401), by hash, never the token:
 * a cache of Factus data may serve a caller's own token only while this is recent, so that a
 * revoked token does not keep reading what it read before.
 */
export class TokenProofs {
  private readonly acceptedAt = new Map<string, number>();

  constructor(private readonly now: () => number = Date.now) {}

  accepted(token: string): void {
    const key = digest(token);
    this.acceptedAt.delete(key);
    this.acceptedAt.set(key, this.now());
    while (this.acceptedAt.size > CAPACITY) {
      this.acceptedAt.delete(this.acceptedAt.keys().next().value as string);
    }
  }

  refused(token: string): void {
    this.acceptedAt.delete(digest(token));
  }

  /** Whether Factus accepted `token` within the last `windowMs` (never, for a window of 0). */
  acceptedWithin(token: string, windowMs: number): boolean {
    const at = this.acceptedAt.get(digest(token));
    return at !== undefined && this.now() - at < windowMs;
  }
}

function digest(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}
