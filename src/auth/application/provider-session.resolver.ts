import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { ProviderSession } from '../domain/provider-session';
import { FactusTokenRequiredError } from '../domain/auth.errors';

/**
 * Decides which Factus session a request runs with. Today: the caller's own bearer token
 * (pass-through). The account key is a hash of the token, so caches never mix two callers.
 */
@Injectable()
export class ProviderSessionResolver {
  resolve(authorization: string | undefined): Promise<ProviderSession> {
    const token = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1];
    if (!token) return Promise.reject(new FactusTokenRequiredError());
    return Promise.resolve({
      accessToken: token,
      accountKey: `token:${createHash('sha256').update(token).digest('hex').slice(0, 32)}`,
    });
  }
}
