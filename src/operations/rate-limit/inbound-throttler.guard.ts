import { ExecutionContext, Injectable } from '@nestjs/common';
import { ThrottlerGuard, type ThrottlerLimitDetail } from '@nestjs/throttler';
import type { RequestWithApiKey } from '../../common/http/api-key.guard';
import { TooManyRequestsError } from './too-many-requests.error';

/**
 * INBOUND_RATE_LIMIT per caller: per API key when the request came with one (ApiKeyGuard runs
 * first and sets its id), otherwise per client IP (behind a proxy, see TRUST_PROXY). Over the
 * limit, a 429 problem with Retry-After, like every other error.
 */
@Injectable()
export class InboundThrottlerGuard extends ThrottlerGuard {
  protected override getTracker(request: RequestWithApiKey): Promise<string> {
    return Promise.resolve(request.apiKeyId ? `key:${request.apiKeyId}` : `ip:${request.ip}`);
  }

  protected override throwThrottlingException(
    _context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    throw new TooManyRequestsError(detail.limit, detail.ttl, Math.max(1, detail.timeToBlockExpire));
  }
}
