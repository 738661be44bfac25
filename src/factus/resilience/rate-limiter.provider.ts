import type { Provider } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { FACTUS_RATE_LIMITER } from './rate-limiter.port';
import { SlidingWindowRateLimiter } from './sliding-window-rate-limiter';

/** The in-memory limiter: right for one replica (a shared one keeps several within one budget). */
export const rateLimiterProvider: Provider = {
  provide: FACTUS_RATE_LIMITER,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig) => new SlidingWindowRateLimiter(config.factus.rateLimit),
};
