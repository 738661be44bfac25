import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { createHash, timingSafeEqual } from 'node:crypto';
import { API_KEYS_CONFIG, ApiKeysConfig } from '../../config/config-tokens';
import { ApiKeyInvalidError, ApiKeyRequiredError } from '../errors/api-key.errors';
import { SKIP_API_KEY } from './skip-api-key.decorator';

export type RequestWithApiKey = FastifyRequest & { apiKeyId?: string };

/**
 * With API_KEYS configured, every route needs a valid X-API-Key (but those marked @SkipApiKey).
 * The presented key is hashed and compared with every configured hash in constant time, with no
 * early exit, so timing says nothing about which key or how much of it matched.
 */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(API_KEYS_CONFIG) private readonly config: ApiKeysConfig,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    if (this.config.keys.length === 0) return true;
    const skip = this.reflector.getAllAndOverride<boolean>(SKIP_API_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (skip) return true;

    const request = context.switchToHttp().getRequest<RequestWithApiKey>();
    const header = request.headers['x-api-key'];
    const presented = Array.isArray(header) ? header[0] : header;
    if (!presented) throw new ApiKeyRequiredError();

    const digest = createHash('sha256').update(presented).digest();
    let matchedId: string | undefined;
    for (const key of this.config.keys) {
      if (timingSafeEqual(digest, key.sha256) && matchedId === undefined) matchedId = key.id;
    }
    if (matchedId === undefined) throw new ApiKeyInvalidError();
    request.apiKeyId = matchedId;
    return true;
  }
}
