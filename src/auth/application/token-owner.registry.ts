import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';

const CAPACITY = 10_000;

/**
 * Remembers which Factus user each token our /auth endpoints handed out belongs to (by hash, never
 * the token), so that a caller's later calls spend that user's rate budget: Factus counts per user,
 * not per token.
 */
@Injectable()
export class TokenOwnerRegistry {
  private readonly owners = new Map<string, string>();

  remember(owner: string, ...tokens: string[]): void {
    for (const token of tokens) {
      const key = hash(token);
      this.owners.delete(key);
      this.owners.set(key, owner.trim().toLowerCase());
    }
    while (this.owners.size > CAPACITY)
      this.owners.delete(this.owners.keys().next().value as string);
  }

  ownerOf(token: string): string | undefined {
    return this.owners.get(hash(token));
  }
}

export function hash(token: string): string {
  return createHash('sha256').update(token).digest('hex').slice(0, 32);
}
