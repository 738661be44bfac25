import { Inject, Injectable } from '@nestjs/common';
import { FACTUS_CONFIG, FactusConfig } from '../../config/config-tokens';
import { FactusHttpClient } from '../../factus/factus-http.client';
import { FactusApiError } from '../../factus/factus.errors';
import { parseFactusAnswer } from '../../factus/wire';
import type { AuthGateway, LoginBudget } from '../domain/auth-gateway.port';
import { AuthToken, authTokenFromGrant } from '../domain/auth-token';
import { AuthenticationFailedError } from '../domain/auth.errors';
import { factusTokenResponseSchema } from './factus-token.response';
import { IssuedTokenPairs } from './issued-token-pairs';

const TOKEN_PATH = '/oauth/token';
const TOKEN_ENDPOINT = `POST ${TOKEN_PATH}`;

/**
 * Factus OAuth (Laravel Passport), as autenticacion/auth.md and refresh-token.md document it:
 * `POST /oauth/token` with a form body (`application/x-www-form-urlencoded`, as the pages'
 * examples send it) and `Accept: application/json`; the refresh grant also carries
 * `Authorization: Bearer <the access token issued with the refresh token>`.
 */
@Injectable()
export class FactusAuthGateway implements AuthGateway {
  private readonly issued = new IssuedTokenPairs();

  constructor(
    private readonly client: FactusHttpClient,
    @Inject(FACTUS_CONFIG) private readonly config: FactusConfig,
  ) {}

  authenticate(email: string, password: string, budget: LoginBudget = 'user'): Promise<AuthToken> {
    // A password grant has no side effect but a new token: safe to retry.
    return this.grant(
      { grant_type: 'password', username: email, password },
      budget === 'user' ? rateKeyOf(email) : publicLoginRateKeyOf(email),
      true,
    );
  }

  async refresh(refreshToken: string, owner?: string, accessToken?: string): Promise<AuthToken> {
    // Not retried: if a first attempt was processed, its rotation already spent this refresh token.
    const token = await this.grant(
      { grant_type: 'refresh_token', refresh_token: refreshToken },
      owner && rateKeyOf(owner),
      false,
      accessToken ?? this.issued.accessTokenOf(refreshToken),
    );
    this.issued.forget(refreshToken); // rotated: spent
    return token;
  }

  private async grant(
    fields: Record<string, string>,
    rateKey: string | undefined,
    retryable: boolean,
    bearer?: string,
  ): Promise<AuthToken> {
    const issuedAt = new Date();
    let body: unknown;
    try {
      ({ body } = await this.client.send({
        method: 'POST',
        path: TOKEN_PATH,
        rateKey,
        retryable,
        // A bare token, not a session: a refused grant must never trigger a session renewal.
        accessToken: bearer,
        form: {
          ...fields,
          client_id: this.config.clientId,
          client_secret: this.config.clientSecret,
        },
      }));
    } catch (error) {
      // Passport answers bad user credentials and bad refresh tokens with 400 invalid_grant,
      // and a bad client with 401 invalid_client: all mean "these credentials do not work".
      if (error instanceof FactusApiError && (error.status === 400 || error.status === 401)) {
        throw new AuthenticationFailedError(error.message);
      }
      throw error;
    }
    const token = parseFactusAnswer(factusTokenResponseSchema, body, TOKEN_ENDPOINT);
    this.issued.remember(token.refresh_token, token.access_token);
    return authTokenFromGrant(
      {
        accessToken: token.access_token,
        tokenType: token.token_type,
        expiresIn: token.expires_in,
        refreshToken: token.refresh_token,
      },
      issuedAt,
    );
  }
}

/** Token requests spend the same per-user Factus budget as the user's other calls. */
export function rateKeyOf(email: string): string {
  return `user:${email.trim().toLowerCase()}`;
}

/** Logins through our public route: a budget of their own, apart from the user's documents. */
export function publicLoginRateKeyOf(email: string): string {
  return `public-login:${email.trim().toLowerCase()}`;
}
