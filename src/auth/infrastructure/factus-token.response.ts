import { z } from 'zod';
import { looseInteger, requiredText } from '../../factus/wire';

/**
 * Factus `POST /oauth/token` success body (Laravel Passport, snake_case), parsed at the edge. A
 * token that is already expired (`expires_in` of 0 or less) is no token.
 */
export const factusTokenResponseSchema = z.object({
  token_type: requiredText,
  expires_in: looseInteger.refine((seconds) => seconds > 0, {
    message: 'is not a positive number of seconds',
  }),
  access_token: requiredText,
  refresh_token: requiredText,
});
export type FactusTokenResponse = z.output<typeof factusTokenResponseSchema>;
