import { Inject, Injectable } from '@nestjs/common';
import { FACTUS_CONFIG, FactusConfig } from '../../config/config-tokens';
import { FactusHttpClient } from '../../factus/factus-http.client';
import { FactusApiError } from '../../factus/factus.errors';
import { parseFactusAnswer } from '../../factus/wire';
import type { AuthGateway } from '../domain/auth-gateway.port';
import { AuthToken, authTokenFromGrant } from '../domain/auth-token';
import { AuthenticationFailedError } from '../domain/auth.errors';
import { factusTokenResponseSchema } from './factus-token.response';

const TOKEN_PATH = '/oauth/token';
const TOKEN_ENDPOINT = `POST ${TOKEN_PATH}`;

/** Factus OAuth (Laravel Passport): form-encoded password and refresh_token grants. */
@Injectable()
export class FactusAuthGateway implements AuthGateway {
  constructor(
    private readonly client: FactusHttpClient,
    @Inject(FACTUS_CONFIG) private readonly config: FactusConfig,
  ) {}

  authenticate(email: string, password: string): Promise<AuthToken> {
    // A password grant has no side effect but a new token: safe to retry.
    return this.grant(
      { grant_type: 'password', username: email, password },
      rateKeyOf(email),
      true,
    );
  }

  refresh(refreshToken: string, owner?: string): Promise<AuthToken> {
    // Not retried: if a first attempt was processed, its rotation already spent this refresh token.
    return this.grant(
      { grant_type: 'refresh_token', refresh_token: refreshToken },
      owner && rateKeyOf(owner),
      false,
    );
  }

  private async grant(
    fields: Record<string, string>,
    rateKey: string | undefined,
    retryable: boolean,
  ): Promise<AuthToken> {
    const issuedAt = new Date();
    let body: unknown;
    try {
      ({ body } = await this.client.send({
        method: 'POST',
        path: TOKEN_PATH,
        rateKey,
        retryable,
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
